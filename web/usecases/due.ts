/** How far a task's due date is, in working days as the regime counts its limits (negative when overdue). */
import { fromEngineDate, isoDate } from '../../core/calendar/dates.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';

export interface DueView {
  days: number | null;
  overdue: boolean;
}

export function dueView(calendar: WorkingCalendar, now: Date, due: string | null): DueView {
  if (!due) return { days: null, overdue: false };
  const at = fromEngineDate(due);
  const today = isoDate(now);
  const day = isoDate(at);
  const days = day >= today ? calendar.workingDaysBetween(today, day) : -calendar.workingDaysBetween(day, today);
  return { days, overdue: at.getTime() < now.getTime() };
}
