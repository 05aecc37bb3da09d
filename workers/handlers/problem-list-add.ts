/** 列入问题清单: the item joins the representative problem list and waits for a meeting. */
import { ItemEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask, WORKER_ACTOR } from './item-access.js';

export const createHandler: HandlerFactory = ({ db }) => async (task) => {
  await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    if (item.status === 'listed') return; // a redelivery
    await tx.getRepository(ItemEntity).update({ id: item.id }, { status: 'listed', decision: null });
    await recordAction(tx, { actor: WORKER_ACTOR, action: 'item.listed', entityType: 'item', entityId: item.itemNo, before: { status: item.status }, after: { status: 'listed' } });
  });
  return {};
};
