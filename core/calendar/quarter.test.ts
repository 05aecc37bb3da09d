import { describe, expect, it } from '@jest/globals';
import { quarterEnded, quarterOf, quartersOf } from './quarter.js';

describe('quarters', () => {
  it('places a day in its quarter with the quarter’s first and last day', () => {
    expect(quarterOf('2026-02-28')).toEqual({ key: '2026Q1', year: 2026, q: 1, firstDay: '2026-01-01', lastDay: '2026-03-31' });
    expect(quarterOf('2026-12-31').key).toBe('2026Q4');
  });

  it('ends a quarter after its last day, not on it, and no quarter of a later year has ended', () => {
    const [q1, , , q4] = quartersOf(2026);
    expect(quarterEnded(q1, '2026-03-31')).toBe(false);
    expect(quarterEnded(q1, '2026-04-01')).toBe(true);
    expect(quarterEnded(q4, '2026-12-02')).toBe(false);
    expect(quartersOf(2027).some((q) => quarterEnded(q, '2026-12-02'))).toBe(false);
  });
});
