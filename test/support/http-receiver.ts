/** A local HTTP server standing in for the WeCom / DingTalk robots or the SMS provider: it keeps what it receives. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  query: URLSearchParams;
  body: any;
}

export interface HttpReceiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** `reply` is the JSON every request gets back (a robot's "ok" by default). */
export async function startHttpReceiver(reply = '{"errcode":0,"errmsg":"ok"}'): Promise<HttpReceiver> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://localhost');
      received.push({ path: u.pathname, query: u.searchParams, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
      res.writeHead(200, { 'content-type': 'application/json' }).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
