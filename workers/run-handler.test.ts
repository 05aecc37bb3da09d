import { describe, expect, it } from '@jest/globals';
import { backoffFor, nextRetries } from './run-handler.js';

describe('retries of a failing handler', () => {
  const policy = { retries: 3, backoffMs: 1000 };

  it('decrements from the configured count on the first failure, then from what the engine reports', () => {
    expect(nextRetries(null, policy)).toBe(2);
    expect(nextRetries(2, policy)).toBe(1);
    expect(nextRetries(1, policy)).toBe(0);
    expect(nextRetries(0, policy)).toBe(0);
  });

  it('doubles the back-off with every attempt', () => {
    expect([2, 1, 0].map((left) => backoffFor(left, policy))).toEqual([1000, 2000, 4000]);
  });
});
