/**
 * The statutory public holidays of 《全国年节及纪念日放假办法》 as revised in force from 2025 — the days every year has
 * by law, before the State Council's notice for that year adds bridging days and adjusted working weekends:
 * 元旦 1 day (1 January), 春节 4 days (除夕 and the first three days of the first lunar month), 清明 1 day (the
 * solar term), 劳动节 2 days (1–2 May), 端午 1 day (5th of the 5th lunar month), 中秋 1 day (15th of the 8th lunar
 * month), 国庆 3 days (1–3 October). Lunar dates and 清明 come from chinese-days' own lunar and solar-term tables.
 */
import cd from 'chinese-days';
import { addDays } from './dates.js';

export interface StatutoryHoliday {
  date: string;
  name: string;
}

/** The first year the revised rule (4 days of 春节, 2 of 劳动节) applies to. */
export const RULE_FROM_YEAR = 2025;

const lunar = (year: number, month: number, day: number) => cd.getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;

/** The statutory holidays of `year`, in date order. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const newYear = lunar(year, 1, 1);
  const days: StatutoryHoliday[] = [
    { date: `${year}-01-01`, name: '元旦' },
    { date: addDays(newYear, -1), name: '春节' },
    { date: newYear, name: '春节' },
    { date: addDays(newYear, 1), name: '春节' },
    { date: addDays(newYear, 2), name: '春节' },
    { date: cd.getSolarTermDate(year, 4, 'pure_brightness'), name: '清明节' },
    { date: `${year}-05-01`, name: '劳动节' },
    { date: `${year}-05-02`, name: '劳动节' },
    { date: lunar(year, 5, 5), name: '端午节' },
    { date: lunar(year, 8, 15), name: '中秋节' },
    { date: `${year}-10-01`, name: '国庆节' },
    { date: `${year}-10-02`, name: '国庆节' },
    { date: `${year}-10-03`, name: '国庆节' },
  ];
  // 除夕 of a year whose 春节 falls in January can be in the year before; it belongs to that year's list.
  return days.filter((d) => d.date.startsWith(String(year))).sort((a, b) => a.date.localeCompare(b.date));
}
