import { describe, expect, it } from '@jest/globals';
import cd from 'chinese-days';
import { statutoryHolidays } from './statutory.js';

describe('the statutory holidays of a year', () => {
  it('for 2027 (no notice yet): 元旦, 春节 from 除夕 2027-02-05, 清明 04-05, 劳动节, 端午 06-09, 中秋 09-15, 国庆', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' }, { date: '2027-02-06', name: '春节' }, { date: '2027-02-07', name: '春节' }, { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' }, { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' }, { date: '2027-10-02', name: '国庆节' }, { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('are all holidays in the State Council notices of 2025 and 2026 (the notices add bridging days around them)', () => {
    for (const year of [2025, 2026]) {
      for (const d of statutoryHolidays(year)) expect([d.date, cd.isHoliday(d.date)]).toEqual([d.date, true]);
    }
  });
});
