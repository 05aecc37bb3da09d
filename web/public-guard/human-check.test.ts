import { describe, expect, it } from '@jest/globals';
import { HumanCheck } from './human-check.js';

const solve = (q: string) => String(q.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0)); // as a person would

describe('the human check of the public form', () => {
  it('accepts the right answer, once per submission, and the replay of that submission', () => {
    const check = new HumanCheck('secret-0123456789', () => new Date('2026-11-27T08:00:00Z'));
    const c = check.issue();
    expect(() => check.verify({ token: c.token, answer: solve(c.question) }, 'req-1')).not.toThrow();
    expect(() => check.verify({ token: c.token, answer: solve(c.question) }, 'req-1')).not.toThrow();
    expect(() => check.verify({ token: c.token, answer: solve(c.question) }, 'req-2')).toThrow('验证答案不正确或已过期');
  });

  it('refuses a wrong answer, a forged token and an expired one', () => {
    let now = new Date('2026-11-27T08:00:00Z');
    const check = new HumanCheck('secret-0123456789', () => now);
    const c = check.issue();
    expect(() => check.verify({ token: c.token, answer: String(Number(solve(c.question)) + 1) }, 'a')).toThrow();
    expect(() => check.verify({ token: c.token.replace(/\.[^.]+$/, '.forged'), answer: solve(c.question) }, 'b')).toThrow();
    expect(() => check.verify(undefined, 'c')).toThrow();
    now = new Date('2026-11-27T08:10:01Z');
    expect(() => check.verify({ token: c.token, answer: solve(c.question) }, 'd')).toThrow();
  });
});
