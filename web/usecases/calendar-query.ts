/**
 * 工作日历查询, for staff and integrators: the next working day after a date, the N-th working day after it, and
 * each day of a range with its kind and where that comes from. An answer that rests on a year without the State
 * Council's notice is marked provisional.
 */
import { addDays } from '../../core/calendar/dates.js';
import { badRequest } from '../../core/errors.js';
import { isoDay, parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

const MAX_RANGE_DAYS = 366;

export const workdayQuerySchema = z.object({ date: isoDay, days: z.coerce.number().int().min(1).max(366).default(1) });
export const rangeQuerySchema = z.object({ from: isoDay, to: isoDay });

/** The `days`-th working day after `date` (the next working day for 1). */
export async function workingDayAfter(deps: AppDeps, query: unknown) {
  const q = parse(workdayQuerySchema, query);
  const answer = (await deps.calendar.get()).addWorkingDays(q.date, q.days);
  return { from: q.date, days: q.days, date: answer.date, provisional: !answer.certain };
}

/** Every day from `from` to `to` (at most a year) with its kind, name and source. */
export async function calendarDays(deps: AppDeps, query: unknown) {
  const q = parse(rangeQuerySchema, query);
  if (q.to < q.from) throw badRequest('RANGE_REVERSED', '结束日期不能早于开始日期');
  if (addDays(q.from, MAX_RANGE_DAYS - 1) < q.to) throw badRequest('RANGE_TOO_LONG', `一次最多查询${MAX_RANGE_DAYS}天`);
  const cal = await deps.calendar.get();
  const days = [];
  for (let d = q.from; d <= q.to; d = addDays(d, 1)) days.push(cal.day(d));
  return { from: q.from, to: q.to, coveredYears: cal.coveredYears(), days };
}
