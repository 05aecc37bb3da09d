import { describe, expect, it } from '@jest/globals';
import { handlingDeadlines } from './handling-deadline.js';
import { toEngineDate } from '../../core/calendar/dates.js';

describe('the handling deadline', () => {
  it('is the end of the 7th calendar day after dispatch, with the reminder at 09:00 the day before', () => {
    // dispatched on 2026-09-30 at 10:00 Shanghai time; "7天" counts calendar days, holidays included
    const d = handlingDeadlines(new Date('2026-09-30T10:00:00+08:00'), 7, 1);
    expect(toEngineDate(d.handlingDue)).toBe('2026-10-07T23:59:59.000+0800');
    expect(toEngineDate(d.handlingRemindAt)).toBe('2026-10-06T09:00:00.000+0800');
  });

  it('counts the Shanghai day even when dispatch is late in the UTC evening', () => {
    const d = handlingDeadlines(new Date('2026-11-20T17:30:00Z'), 15, 1); // 2026-11-21 01:30 in Shanghai
    expect(toEngineDate(d.handlingDue)).toBe('2026-12-06T23:59:59.000+0800');
  });
});
