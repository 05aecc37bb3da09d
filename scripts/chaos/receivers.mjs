// The chaos run's outside world on 127.0.0.1: a mail server (SMTP) and a group robot (HTTP), each keeping what it
// received, so that the run can count every notice that reached its recipient.
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** Keeps each accepted message's Message-ID, recipient and subject. */
export async function mailSink() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((m) => {
        messages.push({ messageId: m.messageId, to: m.to?.text, subject: m.subject });
        callback();
      }, callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.server.address().port, messages, close: () => new Promise((r) => server.close(r)) };
}

/** Answers as a WeCom robot does and keeps each message's text. */
export async function robotSink() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try { received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')).text?.content ?? ''); } catch { received.push(''); }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, received, close: () => new Promise((r) => server.close(r)) };
}
