/**
 * 人机验证 for the public form 1: a small sum to answer, stateless (an HMAC over expiry, nonce and answer) so
 * any app instance can check it, and good for one submission: a token already used for another submission is
 * refused, while the replay of the same submission (same client request id) still gets its first answer. Used
 * tokens are marked in the database, so that a token used on one instance is used on all of them.
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from '../../core/errors.js';
import { claimToken, pruneTokens } from '../../db/shared-guards.js';

const TTL_MS = 10 * 60_000;

export interface Challenge {
  question: string;
  token: string;
}

/** Used tokens are pruned about once in this many checks. */
const PRUNE_EVERY = 50;

export class HumanCheck {
  private checks = 0;

  constructor(private readonly secret: string, private readonly clock: () => Date, private readonly db: DataSource) {}

  issue(): Challenge {
    const a = randomInt(1, 20);
    const b = randomInt(1, 10);
    const expires = this.clock().getTime() + TTL_MS;
    const nonce = randomBytes(9).toString('base64url');
    return { question: `${a} + ${b} = ?`, token: `${expires}.${nonce}.${this.sign(expires, nonce, String(a + b))}` };
  }

  /** Throws HUMAN_CHECK_FAILED unless the answer is right, in time and the token not used for another submission. */
  async verify(input: unknown, submission: string): Promise<void> {
    const fail = () => new AppError(400, 'HUMAN_CHECK_FAILED', '验证答案不正确或已过期，请重新作答');
    const c = input as { token?: unknown; answer?: unknown } | undefined;
    if (!c || typeof c.token !== 'string' || (typeof c.answer !== 'string' && typeof c.answer !== 'number')) throw fail();
    const [expiresText, nonce, mac] = c.token.split('.');
    const expires = Number(expiresText);
    const now = this.clock().getTime();
    if (!nonce || !mac || !Number.isFinite(expires) || expires < now) throw fail();
    const expected = Buffer.from(this.sign(expires, nonce, String(c.answer).trim()));
    if (expected.length !== Buffer.from(mac).length || !timingSafeEqual(expected, Buffer.from(mac))) throw fail();
    if (++this.checks % PRUNE_EVERY === 0) await pruneTokens(this.db, now);
    const holder = await claimToken(this.db, createHash('sha256').update(c.token).digest('hex'), submission.slice(0, 128), expires);
    if (holder !== submission.slice(0, 128)) throw fail();
  }

  private sign(expires: number, nonce: string, answer: string): string {
    return createHmac('sha256', this.secret).update(`human-check.${expires}.${nonce}.${answer}`).digest('base64url');
  }
}
