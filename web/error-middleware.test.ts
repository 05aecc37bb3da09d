import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { createLogger } from '../core/log/logger.js';
import { errorMiddleware } from './error-middleware.js';

/** The answer the middleware gives to `err`. */
function answerTo(err: unknown): { status: number; body: { code: string } } {
  const out = { status: 0, body: { code: '' } };
  const res = { headersSent: false, status(s: number) { out.status = s; return this; }, json(b: { code: string }) { out.body = b; return this; } } as unknown as Response;
  errorMiddleware(createLogger('test'))(err, { method: 'POST', path: '/api/x', headers: {} } as Request, res, () => undefined);
  return out;
}

describe('the error middleware', () => {
  it('answers 503 when the database connection was cut mid-request (a restart), not 500', () => {
    // given the errors mysql2 raises, bare and wrapped by TypeORM, when MariaDB goes away under a query
    const bare = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });
    const wrapped = new QueryFailedError('INSERT …', [], bare);
    // then each is a passing outage
    expect([answerTo(bare), answerTo(wrapped)].map((a) => [a.status, a.body.code])).toEqual([[503, 'DATABASE_UNAVAILABLE'], [503, 'DATABASE_UNAVAILABLE']]);
  });

  it('answers 503 for every way an engine request fails on the network — refused, unreachable, no DNS answer, timed out, cut off — as the engine client judges it', () => {
    const errors: Error[] = [
      ...['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].map((code) => Object.assign(new Error(`connect ${code}`), { code })),
      Object.assign(new Error('engine request timed out after 30000 ms'), { name: 'TimeoutError' }),
      new Error('socket hang up'),
    ];
    expect(errors.map((e) => [answerTo(e).status, answerTo(e).body.code])).toEqual(errors.map(() => [503, 'ENGINE_UNAVAILABLE']));
  });

  it('answers 500 for a bug', () => {
    expect(answerTo(new TypeError('x.y is not a function')).status).toBe(500);
  });
});
