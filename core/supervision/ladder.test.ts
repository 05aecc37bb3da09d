import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { toEngineDate } from '../calendar/dates.js';
import { DEFAULT_LADDER, ladderGroups, ladderTimes, type Ladder } from './ladder.js';

const calendar = new WorkingCalendar();
const times = (dueDay: string, ladder: Ladder = DEFAULT_LADDER) => Object.fromEntries(Object.entries(ladderTimes(dueDay, ladder, calendar)).map(([k, v]) => [k, toEngineDate(v)]));

describe('the supervision ladder on the official calendar', () => {
  it('reminds the working day before, urges at the deadline and counts 通报 and 督办 in working days over National Day', () => {
    // given a deadline on Wednesday 2026-09-30, the eve of the National Day holiday (10-01..07; Saturday 10-10 is worked)
    // then the default rules give
    expect(times('2026-09-30')).toEqual({
      remindAt: '2026-09-29T09:00:00.000+0800',
      handlingDue: '2026-09-30T23:59:59.000+0800',
      noticeAt: '2026-10-10T09:00:00.000+0800', // 10-08, 10-09, 10-10 (adjusted working Saturday)
      escalateAt: '2026-10-14T09:00:00.000+0800', // 10-12, 10-13, 10-14 (Sunday 10-11 is off)
    });
  });

  it('reminds before the holiday when the deadline falls just after it', () => {
    expect(times('2026-10-08').remindAt).toBe('2026-09-30T09:00:00.000+0800');
  });

  it('follows the bureau’s rules: a reminder on the deadline day, 通报 after 1 working day, 督办 2 after that', () => {
    const ladder: Ladder = { ...DEFAULT_LADDER, remind: { ...DEFAULT_LADDER.remind, workingDays: 0 }, notice: { ...DEFAULT_LADDER.notice, workingDays: 1 }, escalate: { ...DEFAULT_LADDER.escalate, workingDays: 2 } };
    expect(times('2026-11-27', ladder)).toEqual({
      remindAt: '2026-11-27T09:00:00.000+0800',
      handlingDue: '2026-11-27T23:59:59.000+0800',
      noticeAt: '2026-11-30T09:00:00.000+0800', // Friday → Monday
      escalateAt: '2026-12-02T09:00:00.000+0800',
    });
  });

  it('tells each department once, whatever the rule lists', () => {
    expect(ladderGroups({ ...DEFAULT_LADDER.notice, recipients: ['lead', 'co', 'supervisor'] }, { leadDept: 'dept-fgw', coDepts: 'dept-scjg,dept-fgw' })).toEqual(['dept-fgw', 'dept-scjg', 'qq-supervisor']);
    expect(ladderGroups(DEFAULT_LADDER.remind, { leadDept: null, coDepts: null })).toEqual([]);
  });
});
