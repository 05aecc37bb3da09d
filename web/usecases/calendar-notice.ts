/**
 * 录入放假通知: an administrator enters a year's State Council notice (published each November): its holidays
 * and its adjusted working weekends. The calendar uses it at once, and every waiting limit it changes is timed
 * again (retime-deadlines.ts); the whole year is replaced, so a correction is entered the same way.
 */
import { CalendarDayEntity, CalendarYearEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { GROUP } from '../../core/contract.js';
import { badRequest } from '../../core/errors.js';
import { dayOfWeek } from '../../core/calendar/dates.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { isoDay, parse, text, z } from '../validation.js';
import type { AppDeps } from '../deps.js';
import { retimeAfterNotice, type RetimeResult } from './retime-deadlines.js';

export const noticeSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  noticeTitle: text(200),
  holidays: z.array(z.object({ date: isoDay, name: text(50) })).min(1),
  workdays: z.array(z.object({ date: isoDay, name: text(50) })).default([]),
});

export async function enterCalendarNotice(deps: AppDeps, actor: Actor, body: unknown): Promise<RetimeResult> {
  requireGroup(actor, GROUP.coordinator);
  const n = parse(noticeSchema, body);
  const all = [...n.holidays.map((d) => ({ ...d, kind: 'holiday' as const })), ...n.workdays.map((d) => ({ ...d, kind: 'workday' as const }))];
  const wrongYear = all.filter((d) => !d.date.startsWith(String(n.year)));
  if (wrongYear.length) throw badRequest('DATE_OUTSIDE_YEAR', `以下日期不在${n.year}年：${wrongYear.map((d) => d.date).join('、')}`);
  const weekdayWorkdays = n.workdays.filter((d) => ![0, 6].includes(dayOfWeek(d.date)));
  if (weekdayWorkdays.length) throw badRequest('WORKDAY_NOT_WEEKEND', `调休上班日应为周末：${weekdayWorkdays.map((d) => d.date).join('、')}`);
  if (new Set(all.map((d) => d.date)).size !== all.length) throw badRequest('DUPLICATE_DATE', '同一日期不能重复录入');
  await deps.db.transaction(async (tx) => {
    await tx.getRepository(CalendarDayEntity).delete({ year: n.year });
    await tx.getRepository(CalendarYearEntity).delete({ year: n.year });
    await tx.getRepository(CalendarYearEntity).insert({ year: n.year, noticeTitle: n.noticeTitle, enteredBy: actor.userId });
    await tx.getRepository(CalendarDayEntity).insert(all.map((d) => ({ date: d.date, year: n.year, kind: d.kind, name: d.name })));
    await recordAction(tx, { actor: actor.userId, action: 'calendar.noticeEntered', entityType: 'calendar', entityId: String(n.year), after: { holidays: n.holidays.length, workdays: n.workdays.length } });
  });
  await deps.calendar.reload();
  return retimeAfterNotice(deps, actor.userId, n.year);
}

export async function calendarYears(deps: AppDeps) {
  const cal = await deps.calendar.get();
  const entered = await deps.db.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
  return { coveredYears: cal.coveredYears(), entered };
}
