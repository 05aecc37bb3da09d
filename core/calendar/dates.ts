/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings in Asia/Shanghai (UTC+8, no daylight saving), and the engine's
 * REST date format. Dates never pass through the process's local zone.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD: 2026-02-30 is not one (Date.parse would roll it over to March). */
export function isCalendarDate(date: string): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return ISO_DATE.test(date) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(date);
}

export function assertIsoDate(date: string): void {
  if (!isCalendarDate(date)) {
    throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  }
}

/** The Shanghai calendar date of an instant. */
export function isoDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  assertIsoDate(date);
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The instant 23:59:59 Shanghai time on `date`: "within the day" deadlines end there. */
export function endOfDay(date: string): Date {
  assertIsoDate(date);
  return new Date(Date.parse(`${date}T23:59:59.000+08:00`));
}

/** The instant at `hh:mm` Shanghai time on `date`. */
export function atShanghai(date: string, hh: number, mm = 0): Date {
  assertIsoDate(date);
  const p = (n: number) => String(n).padStart(2, '0');
  return new Date(Date.parse(`${date}T${p(hh)}:${p(mm)}:00.000+08:00`));
}

/**
 * The engine's REST date format `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, written in Shanghai time with offset `+0800`
 * (the engine refuses `Z` and `+08:00` there).
 */
export function toEngineDate(instant: Date): string {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString(); // 2026-10-08T23:59:59.000Z
  return `${local.slice(0, 23)}+0800`;
}

/** An instant as people in China read it: Beijing time, `2026-12-02 05:43`. */
export function beijingTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Parses an engine date (any offset form the engine answers with). */
export function fromEngineDate(value: string): Date {
  const normalized = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(normalized);
  if (Number.isNaN(t)) throw new RangeError(`not an engine date: ${value}`);
  return new Date(t);
}

/** Shanghai calendar days from the day of `from` to the day of `to` (0 on the same day, negative before it). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return (Date.parse(isoDate(to)) - Date.parse(isoDate(from))) / 86400000;
}
