/**
 * The working-day calendar of the People's Republic of China (Asia/Shanghai): statutory holidays and adjusted
 * working weekends (调休上班日).
 *
 * Two sources of notices: the `chinese-days` package (the State Council notices it ships, 2004–2026 at the time
 * of writing) and years an administrator entered from a newer notice. chinese-days silently treats years it lacks
 * as plain weekends (its next working day after 2026-12-31 is 2027-01-01, New Year's Day). For a year without a
 * notice this calendar rests on what the law fixes — the statutory holidays (statutory.ts) and the weekends — and
 * says that such an answer is provisional: the notice adds bridging days and adjusted working weekends.
 */
import cd from 'chinese-days';
import { addDays, dayOfWeek, isoDate } from './dates.js';
import { statutoryHolidays } from './statutory.js';

/** How a notice marks a day: a holiday, or an adjusted working day (调休上班). */
export type DayKind = 'holiday' | 'workday';

/** What a day is, as the calendar query answers it. */
export type DayType = 'workday' | 'weekend' | 'holiday' | 'adjustedWorkday';
/** Where that comes from: a notice (shipped or entered), the statutory rule, or the plain week of a year without a notice. */
export type DaySource = 'notice' | 'statutory' | 'weekend' | 'weekday';

export interface DayInfo {
  date: string;
  kind: DayType;
  /** The holiday's or adjusted day's name in the notice or the law, e.g. "国庆节". */
  name?: string;
  source: DaySource;
}

/** One day of an administrator-entered notice: a holiday on a weekday, or a working weekend. */
export interface CalendarOverride {
  date: string;
  kind: DayKind;
  name: string;
}

export interface WorkingDayAnswer {
  date: string;
  /** False when the answer crossed a year without official data (the result assumes plain weekends). */
  certain: boolean;
}

/** Years for which the package carries a notice: a year of the notice always has at least one holiday. */
const PACKAGE_YEARS: ReadonlySet<number> = (() => {
  const years = new Set<number>();
  for (let y = 2000; y <= 2100; y++) {
    if (cd.getHolidaysInRange(`${y}-01-01`, `${y}-12-31`, false).length > 0) years.add(y);
  }
  return years;
})();

export class WorkingCalendar {
  private readonly overrides = new Map<string, CalendarOverride>();
  private readonly adminYears: Set<number>;
  private readonly statutory = new Map<number, Map<string, string>>();

  /**
   * @param adminYears years an administrator entered a complete notice for (their days win over the package)
   * @param overrides the holidays and working weekends of those years
   */
  constructor(adminYears: Iterable<number> = [], overrides: Iterable<CalendarOverride> = []) {
    this.adminYears = new Set(adminYears);
    for (const o of overrides) this.overrides.set(o.date, o);
  }

  /** Years with official data, ascending. */
  coveredYears(): number[] {
    return [...new Set([...PACKAGE_YEARS, ...this.adminYears])].sort((a, b) => a - b);
  }

  isCovered(year: number): boolean {
    return this.adminYears.has(year) || PACKAGE_YEARS.has(year);
  }

  isWorkday(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (this.adminYears.has(year)) {
      const o = this.overrides.get(date);
      if (o) return o.kind === 'workday';
      return !isWeekend(date);
    }
    if (PACKAGE_YEARS.has(year)) return cd.isWorkday(date);
    return !isWeekend(date) && !this.statutoryOf(year).has(date);
  }

  /** The day's kind and its source. */
  day(date: string): DayInfo {
    const year = Number(date.slice(0, 4));
    const workday = this.isWorkday(date);
    const weekend = isWeekend(date);
    if (!this.isCovered(year)) {
      const name = this.statutoryOf(year).get(date);
      if (name) return { date, kind: 'holiday', name, source: 'statutory' };
      return { date, kind: weekend ? 'weekend' : 'workday', source: weekend ? 'weekend' : 'weekday' };
    }
    const name = this.dayName(date);
    if (workday) return { date, kind: weekend ? 'adjustedWorkday' : 'workday', ...(weekend && name ? { name } : {}), source: 'notice' };
    if (name) return { date, kind: 'holiday', name, source: 'notice' };
    return { date, kind: weekend ? 'weekend' : 'holiday', source: 'notice' };
  }

  private statutoryOf(year: number): Map<string, string> {
    let m = this.statutory.get(year);
    if (!m) {
      m = new Map(statutoryHolidays(year).map((h) => [h.date, h.name]));
      this.statutory.set(year, m);
    }
    return m;
  }

  /** The day's name in the notice (e.g. "国庆节"), if it is a holiday or an adjusted working day. */
  dayName(date: string): string | undefined {
    const year = Number(date.slice(0, 4));
    if (this.adminYears.has(year)) return this.overrides.get(date)?.name;
    if (!PACKAGE_YEARS.has(year)) return this.statutoryOf(year).get(date);
    const detail = cd.getDayDetail(date);
    const parts = detail.name.split(',');
    return parts.length >= 2 ? parts[1] : undefined;
  }

  /** The n-th working day after `date` (n ≥ 1), e.g. the dispatch deadline "within 1 working day". */
  addWorkingDays(date: string, n: number): WorkingDayAnswer {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
    let d = date;
    let left = n;
    let certain = this.isCovered(Number(date.slice(0, 4)));
    while (left > 0) {
      d = addDays(d, 1);
      if (!this.isCovered(Number(d.slice(0, 4)))) certain = false;
      if (this.isWorkday(d)) left--;
    }
    return { date: d, certain };
  }

  /** The n-th working day before `date` (n ≥ 1), e.g. a reminder "1 working day before the deadline". */
  workingDayBefore(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
    let d = date;
    for (let left = n; left > 0;) {
      d = addDays(d, -1);
      if (this.isWorkday(d)) left--;
    }
    return d;
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkday(d)) count++;
    return count;
  }

  /** The first working day on or after `date`. */
  nextWorkdayOnOrAfter(date: string): string {
    let d = date;
    while (!this.isWorkday(d)) d = addDays(d, 1);
    return d;
  }
}

function isWeekend(date: string): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export { isoDate };
