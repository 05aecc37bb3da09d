import { describe, expect, it } from '@jest/globals';
import { handlingDueDay } from './schedule.js';

describe('the handling deadline day', () => {
  it('is the 7th calendar day after dispatch, holidays included ("7天")', () => {
    // dispatched on 2026-09-30 at 10:00 Shanghai time
    expect(handlingDueDay(new Date('2026-09-30T10:00:00+08:00'), 7)).toBe('2026-10-07');
  });

  it('counts the Shanghai day even when dispatch is late in the UTC evening', () => {
    expect(handlingDueDay(new Date('2026-11-20T17:30:00Z'), 15)).toBe('2026-12-06'); // 2026-11-21 01:30 in Shanghai
  });
});
