/**
 * 拒绝延期: either the coordinator rejected the request, or the model refused it because the item was extended
 * twice already (`refusal` = "limit").
 */
import { loadExtension, refuseExtension } from '../../core/items/commands/extension.js';
import { VAR } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, notifier, clock }) => async (task) => {
  const requestId = Number(task.get(VAR.extensionRequestId));
  const byLimit = task.get(VAR.refusal) === 'limit';
  const { item, request } = await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    const request = await loadExtension({ tx }, requestId);
    await refuseExtension(asWorker(tx, clock()), item, request, byLimit);
    return { item, request };
  });
  await notifier.notify({
    dedupeKey: task.id,
    recipientType: 'group',
    recipient: request.deptCode,
    subject: byLimit ? '延期申请未予受理' : '延期申请被驳回',
    body: byLimit ? `议题 ${item.itemNo} 已延期2次，按制度不得再次延期，请尽快办结。` : `议题 ${item.itemNo} 的延期申请未获批准，请按原期限办理。`,
    itemId: item.id,
  });
  return {};
};
