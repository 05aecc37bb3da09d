/**
 * Quiet hours: robots and text messages reach people only on working days between 09:00 and 18:00 (Asia/Shanghai);
 * outside them a notice waits for the next working morning, on the official calendar.
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, atShanghai, isoDate } from '../calendar/dates.js';

export const WORKDAY_START = 9;
export const WORKDAY_END = 18;

export function deliveryTime(now: Date, calendar: WorkingCalendar): Date {
  const today = isoDate(now);
  if (calendar.isWorkday(today)) {
    if (now < atShanghai(today, WORKDAY_START)) return atShanghai(today, WORKDAY_START);
    if (now < atShanghai(today, WORKDAY_END)) return now;
  }
  return atShanghai(calendar.nextWorkdayOnOrAfter(addDays(today, 1)), WORKDAY_START);
}
