import { describe, expect, it } from '@jest/globals';
import { WorkingCalendar } from './working-calendar.js';
import { endOfDay, toEngineDate } from './dates.js';

describe('the working calendar on the State Council notices', () => {
  const cal = new WorkingCalendar();

  it('counts the National Day holiday: a meeting on 2026-09-30 dispatches by 2026-10-08', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', certain: true });
  });

  it('counts an adjusted working Saturday: a meeting on Friday 2026-02-13 dispatches by Saturday 2026-02-14', () => {
    expect(cal.isWorkday('2026-02-14')).toBe(true);
    expect(cal.addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', certain: true });
  });

  it('skips the 2025 Spring Festival: from 2025-01-27 the next working day is 2025-02-05', () => {
    // 2025 notice: 1月28日至2月4日放假, 1月26日(周日)、2月8日(周六)上班.
    expect(cal.isWorkday('2025-01-26')).toBe(true);
    expect(cal.addWorkingDays('2025-01-27', 1).date).toBe('2025-02-05');
    expect(cal.isWorkday('2025-02-08')).toBe(true);
  });

  it('names the holiday a day belongs to', () => {
    expect(cal.dayName('2026-10-01')).toBe('国庆节');
  });

  it('knows it has no official data for 2027 and says so instead of answering silently', () => {
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
    expect(cal.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', certain: false });
  });

  it('keeps the statutory holidays of a year without a notice: New Year’s Day and 春节 from 除夕 in 2027', () => {
    expect(cal.isWorkday('2027-01-01')).toBe(false);
    expect(cal.addWorkingDays('2027-02-04', 1)).toEqual({ date: '2027-02-09', certain: false });
    expect(cal.day('2027-02-05')).toEqual({ date: '2027-02-05', kind: 'holiday', name: '春节', source: 'statutory' });
    expect(cal.day('2027-02-06')).toEqual({ date: '2027-02-06', kind: 'holiday', name: '春节', source: 'statutory' });
    expect(cal.day('2027-02-13')).toEqual({ date: '2027-02-13', kind: 'weekend', source: 'weekend' });
    expect(cal.day('2027-10-04')).toEqual({ date: '2027-10-04', kind: 'workday', source: 'weekday' });
  });

  it('names the days of the 2025 and 2026 notices: holidays, adjusted working days, plain weekends', () => {
    expect(cal.day('2025-01-28')).toEqual({ date: '2025-01-28', kind: 'holiday', name: '春节', source: 'notice' });
    expect(cal.day('2025-01-26')).toEqual({ date: '2025-01-26', kind: 'adjustedWorkday', name: '春节', source: 'notice' });
    expect(cal.day('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'adjustedWorkday', name: '国庆节', source: 'notice' });
    expect(cal.day('2026-10-04')).toEqual({ date: '2026-10-04', kind: 'holiday', name: '国庆节', source: 'notice' });
    expect(cal.day('2026-11-21')).toEqual({ date: '2026-11-21', kind: 'weekend', source: 'notice' });
    expect(cal.day('2026-11-20')).toEqual({ date: '2026-11-20', kind: 'workday', source: 'notice' });
  });

  it('uses a notice an administrator entered for a new year', () => {
    // given an administrator-entered 2027 notice making 2027-01-01 a holiday
    const withNotice = new WorkingCalendar([2027], [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    // when the dispatch deadline after 2026-12-31 is computed
    const answer = withNotice.addWorkingDays('2026-12-31', 1);
    // then New Year's Day is skipped and the answer is certain
    expect(answer).toEqual({ date: '2027-01-04', certain: true });
    expect(withNotice.coveredYears()).toContain(2027);
  });

  it('writes deadlines in the engine date format at the end of the Shanghai day', () => {
    expect(toEngineDate(endOfDay('2026-10-08'))).toBe('2026-10-08T23:59:59.000+0800');
  });
});
