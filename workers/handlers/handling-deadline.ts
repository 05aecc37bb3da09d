/**
 * 办理时限: reply within `replyDays` calendar days of dispatch (the model says 7, or 15 for several departments).
 * The same step times the supervision ladder's timers (提醒, 通报, 督办) by the bureau's rules on the official
 * calendar (core/supervision/ladder.ts); an extension times them again (extension-apply).
 */
import { setHandlingDue } from '../../core/items/commands/deadlines.js';
import { VAR } from '../../core/contract.js';
import { handlingDueDay, handlingSchedule } from '../../core/supervision/schedule.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, calendar, clock }) => async (task) => {
  const replyDays = Number(task.get(VAR.replyDays));
  const { handlingDue, variables } = await handlingSchedule(db.manager, calendar, handlingDueDay(clock(), replyDays));
  await db.transaction(async (tx) => setHandlingDue(asWorker(tx, clock()), await itemOfTask(tx, task), handlingDue, replyDays));
  return { variables };
};
