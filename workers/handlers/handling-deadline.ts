/**
 * 办理时限: reply within `replyDays` calendar days of dispatch (the model says 7, or 15 for several departments);
 * the reminder goes out at 09:00, `remindBeforeDays` days before the deadline day.
 */
import { ItemEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { VAR } from '../../core/contract.js';
import { addDays, atShanghai, endOfDay, isoDate } from '../../core/calendar/dates.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask, WORKER_ACTOR } from './item-access.js';

/** The deadline at the end of `dueDay` and its reminder at 09:00, `remindBeforeDays` days earlier. */
export function deadlinesOn(dueDay: string, remindBeforeDays: number) {
  return { handlingDue: endOfDay(dueDay), handlingRemindAt: atShanghai(addDays(dueDay, -remindBeforeDays), 9) };
}

export function handlingDeadlines(start: Date, replyDays: number, remindBeforeDays: number) {
  return deadlinesOn(addDays(isoDate(start), replyDays), remindBeforeDays);
}

export const createHandler: HandlerFactory = ({ db, clock }) => async (task) => {
  const replyDays = Number(task.get(VAR.replyDays));
  const remindBeforeDays = Number(task.get(VAR.remindBeforeDays));
  const { handlingDue, handlingRemindAt } = handlingDeadlines(clock(), replyDays, remindBeforeDays);
  await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    await tx.getRepository(ItemEntity).update({ id: item.id }, { status: 'handling', handlingDue });
    await recordAction(tx, { actor: WORKER_ACTOR, action: 'item.handlingDueSet', entityType: 'item', entityId: item.itemNo, before: { status: item.status, handlingDue: item.handlingDue }, after: { status: 'handling', handlingDue, replyDays } });
  });
  return { variables: { [VAR.handlingDue]: handlingDue, [VAR.handlingRemindAt]: handlingRemindAt } };
};
