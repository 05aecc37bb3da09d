/**
 * 顺延期限: an approved extension moves the handling deadline by the requested days and re-times the running
 * ladder timers (POST /job/{id}/duedate/recalculate re-evaluates `${handlingDue}` and the others) by the rules
 * in force. The counter itself was incremented by the model on the "approved" flow.
 */
import { applyExtension, loadExtension } from '../../core/items/commands/extension.js';
import { VAR } from '../../core/contract.js';
import { addDays, isoDate } from '../../core/calendar/dates.js';
import { handlingSchedule, retimeLadder } from '../../core/supervision/schedule.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, engine, notifier, calendar, clock }) => async (task) => {
  const requestId = Number(task.get(VAR.extensionRequestId));
  const extensionCount = Number(task.get(VAR.extensionCount));
  const request = await loadExtension({ tx: db.manager }, requestId);
  const item = await itemOfTask(db.manager, task);
  // On a redelivery the request is already approved and its new deadline fixed: reuse it.
  const oldDue = request.status === 'approved' ? request.oldDue! : item.handlingDue!;
  const dueDay = addDays(isoDate(oldDue), request.days);
  const { handlingDue, variables } = await handlingSchedule(db.manager, calendar, dueDay);

  await retimeLadder(engine, task.processInstanceId, variables);
  await db.transaction((tx) => applyExtension(asWorker(tx, clock()), item, request, { oldDue, handlingDue, extensionCount }));
  await notifier.notify({ dedupeKey: task.id, recipientType: 'group', recipient: request.deptCode, subject: '延期申请已批准', body: `议题 ${item.itemNo} 的办理期限已延至 ${dueDay}（第${extensionCount}次延期）。`, itemId: item.id });
  return {};
};
