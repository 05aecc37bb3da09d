/**
 * 办理时限: reply within `replyDays` calendar days of dispatch (the model says 7, or 15 for several departments).
 * The same step times the supervision ladder's timers (提醒, 通报, 督办) by the bureau's rules on the official
 * calendar (core/supervision/ladder.ts); an extension times them again (extension-apply).
 */
import type { EntityManager } from 'typeorm';
import { setHandlingDue } from '../../core/items/commands/deadlines.js';
import { loadLadder } from '../../core/supervision/ladder-rules.js';
import { VAR } from '../../core/contract.js';
import { addDays, isoDate } from '../../core/calendar/dates.js';
import type { CalendarService } from '../../core/calendar/calendar-service.js';
import { ladderTimes } from '../../core/supervision/ladder.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

/** The deadline day: `replyDays` calendar days after the Shanghai day of `start` ("7天" counts holidays too). */
export function handlingDueDay(start: Date, replyDays: number): string {
  return addDays(isoDate(start), replyDays);
}

/** The deadline at the end of `dueDay` and the ladder's times, as the process variables its timers read. */
export async function handlingSchedule(manager: EntityManager, calendar: CalendarService, dueDay: string) {
  const t = ladderTimes(dueDay, await loadLadder(manager), await calendar.get());
  return {
    handlingDue: t.handlingDue,
    variables: { [VAR.handlingDue]: t.handlingDue, [VAR.handlingRemindAt]: t.remindAt, [VAR.ladderNoticeAt]: t.noticeAt, [VAR.ladderEscalateAt]: t.escalateAt },
  };
}

export const createHandler: HandlerFactory = ({ db, calendar, clock }) => async (task) => {
  const replyDays = Number(task.get(VAR.replyDays));
  const { handlingDue, variables } = await handlingSchedule(db.manager, calendar, handlingDueDay(clock(), replyDays));
  await db.transaction(async (tx) => setHandlingDue(asWorker(tx, clock()), await itemOfTask(tx, task), handlingDue, replyDays));
  return { variables };
};
