/** 合并: a duplicate item is closed into the item it repeats; the target keeps the duplicate's source. */
import { ItemEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { VAR } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask, WORKER_ACTOR } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, clock }) => async (task) => {
  await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    if (item.status === 'merged') return;
    const target = await tx.getRepository(ItemEntity).findOneByOrFail({ itemNo: String(task.get(VAR.mergeInto)) });
    await tx.getRepository(ItemEntity).update({ id: item.id }, { status: 'merged', mergedIntoId: target.id, closedAt: clock() });
    await recordAction(tx, { actor: WORKER_ACTOR, action: 'item.merged', entityType: 'item', entityId: item.itemNo, before: { status: item.status }, after: { status: 'merged', mergedInto: target.itemNo } });
  });
  return {};
};
