import { describe, expect, it } from '@jest/globals';
import { daysLate, overdueDays } from './overdue.js';

const due = new Date('2026-10-08T23:59:59+08:00');

describe('days overdue', () => {
  it('counts Shanghai calendar days past the deadline’s day, at least one', () => {
    expect(daysLate(due, new Date('2026-10-09T00:05:00+08:00'))).toBe(1);
    expect(daysLate(due, new Date('2026-10-12T09:00:00+08:00'))).toBe(4);
    expect(daysLate(due, new Date('2026-10-08T18:00:00+08:00'))).toBe(0);
  });

  it('counts only items that still owe a step', () => {
    const late = new Date('2026-10-12T09:00:00+08:00');
    expect(overdueDays('handling', due, late)).toBe(4);
    expect(overdueDays('replied', due, late)).toBe(0);
    expect(overdueDays('handling', null, late)).toBe(0);
  });
});
