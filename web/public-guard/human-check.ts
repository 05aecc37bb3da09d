/**
 * 人机验证 for the public form 1: a small sum to answer, stateless (an HMAC over expiry, nonce and answer) so
 * any app instance can check it, and good for one submission: a token already used for another submission is
 * refused, while the replay of the same submission (same client request id) still gets its first answer.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/errors.js';

const TTL_MS = 10 * 60_000;

export interface Challenge {
  question: string;
  token: string;
}

export class HumanCheck {
  /** token → the submission it was used for, until the token expires. */
  private readonly used = new Map<string, { by: string; expires: number }>();

  constructor(private readonly secret: string, private readonly clock: () => Date) {}

  issue(): Challenge {
    const a = randomInt(1, 20);
    const b = randomInt(1, 10);
    const expires = this.clock().getTime() + TTL_MS;
    const nonce = randomBytes(9).toString('base64url');
    return { question: `${a} + ${b} = ?`, token: `${expires}.${nonce}.${this.sign(expires, nonce, String(a + b))}` };
  }

  /** Throws HUMAN_CHECK_FAILED unless the answer is right, in time and the token not used for another submission. */
  verify(input: unknown, submission: string): void {
    const fail = () => new AppError(400, 'HUMAN_CHECK_FAILED', '验证答案不正确或已过期，请重新作答');
    const c = input as { token?: unknown; answer?: unknown } | undefined;
    if (!c || typeof c.token !== 'string' || (typeof c.answer !== 'string' && typeof c.answer !== 'number')) throw fail();
    const [expiresText, nonce, mac] = c.token.split('.');
    const expires = Number(expiresText);
    const now = this.clock().getTime();
    if (!nonce || !mac || !Number.isFinite(expires) || expires < now) throw fail();
    const expected = Buffer.from(this.sign(expires, nonce, String(c.answer).trim()));
    if (expected.length !== Buffer.from(mac).length || !timingSafeEqual(expected, Buffer.from(mac))) throw fail();
    this.prune(now);
    const prior = this.used.get(c.token);
    if (prior && prior.by !== submission) throw fail();
    this.used.set(c.token, { by: submission, expires });
  }

  private sign(expires: number, nonce: string, answer: string): string {
    return createHmac('sha256', this.secret).update(`human-check.${expires}.${nonce}.${answer}`).digest('base64url');
  }

  private prune(now: number) {
    for (const [k, v] of this.used) if (v.expires < now) this.used.delete(k);
  }
}
