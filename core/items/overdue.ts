/** 超期天数: how late an item is, the same for the ledger, the dashboard and the assessment. */
import { calendarDaysBetween, isoDate } from '../calendar/dates.js';
import { statusIn } from './status.js';

/**
 * Shanghai calendar days from the deadline's day to `at` for an item still owing a step; a deadline ends with its
 * day, so a step late by minutes counts 1 day. 0 when nothing is owed or the deadline has not passed.
 */
export function overdueDays(status: string, due: Date | null, at: Date): number {
  if (!due || !statusIn('underDeadline', status)) return 0;
  return daysLate(due, at);
}

/** Days a step done (or still open) at `at` was past `due`: 0 when in time, else at least 1. */
export function daysLate(due: Date, at: Date): number {
  if (due.getTime() >= at.getTime()) return 0;
  return Math.max(1, calendarDaysBetween(due, at));
}

/** Days a step still open at `at` is past a deadline on the Shanghai day `dueDay` (YYYY-MM-DD), already passed. */
export function daysLateFromDay(dueDay: string, at: Date): number {
  return Math.max(1, (Date.parse(isoDate(at)) - Date.parse(dueDay)) / 86400000);
}
