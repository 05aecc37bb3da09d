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
  /** What was received and answered with the reply (refused requests are not in it). */
  received: Received[];
  /** Answers the next `n` requests with HTTP 503, as a provider that is down. */
  refuseNext(n: number): void;
  /** How many requests were refused. */
  refused(): number;
  close(): Promise<void>;
}

/** `reply` is the JSON every request gets back (a robot's "ok" by default). */
export async function startHttpReceiver(reply = '{"errcode":0,"errmsg":"ok"}'): Promise<HttpReceiver> {
  const received: Received[] = [];
  let toRefuse = 0;
  let refused = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (toRefuse > 0) {
        toRefuse--;
        refused++;
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"errcode":-1,"errmsg":"busy"}');
        return;
      }
      const u = new URL(req.url ?? '/', 'http://localhost');
      received.push({ path: u.pathname, query: u.searchParams, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
      res.writeHead(200, { 'content-type': 'application/json' }).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    refuseNext: (n) => { toRefuse = n; },
    refused: () => refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
