import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../db/data-source.js';
import { HumanCheck } from './human-check.js';

const solve = (q: string) => String(q.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0)); // as a person would

describe('the human check of the public form', () => {
  let db: DataSource;
  beforeAll(async () => { db = await openDatabase('sqlite::memory:'); });
  afterAll(async () => { await db.destroy(); });

  it('accepts the right answer, once per submission, and the replay of that submission', async () => {
    const check = new HumanCheck('secret-0123456789', () => new Date('2026-11-27T08:00:00Z'), db);
    const c = check.issue();
    await expect(check.verify({ token: c.token, answer: solve(c.question) }, 'req-1')).resolves.toBeUndefined();
    await expect(check.verify({ token: c.token, answer: solve(c.question) }, 'req-1')).resolves.toBeUndefined();
    await expect(check.verify({ token: c.token, answer: solve(c.question) }, 'req-2')).rejects.toThrow('验证答案不正确或已过期');
  });

  it('refuses on one app instance a token another instance already took for another submission', async () => {
    // given two instances (two checkers) on one database
    const clock = () => new Date('2026-11-27T08:00:00Z');
    const [one, two] = [new HumanCheck('secret-0123456789', clock, db), new HumanCheck('secret-0123456789', clock, db)];
    const c = one.issue();
    // when the first takes the token for a submission
    await one.verify({ token: c.token, answer: solve(c.question) }, 'req-a');
    // then the second refuses it for another one, and accepts the replay
    await expect(two.verify({ token: c.token, answer: solve(c.question) }, 'req-b')).rejects.toThrow('验证答案不正确或已过期');
    await expect(two.verify({ token: c.token, answer: solve(c.question) }, 'req-a')).resolves.toBeUndefined();
  });

  it('refuses a wrong answer, a forged token and an expired one', async () => {
    let now = new Date('2026-11-27T08:00:00Z');
    const check = new HumanCheck('secret-0123456789', () => now, db);
    const c = check.issue();
    await expect(check.verify({ token: c.token, answer: String(Number(solve(c.question)) + 1) }, 'a')).rejects.toThrow();
    await expect(check.verify({ token: c.token.replace(/\.[^.]+$/, '.forged'), answer: solve(c.question) }, 'b')).rejects.toThrow();
    await expect(check.verify(undefined, 'c')).rejects.toThrow();
    now = new Date('2026-11-27T08:10:01Z');
    await expect(check.verify({ token: c.token, answer: solve(c.question) }, 'd')).rejects.toThrow();
  });
});
