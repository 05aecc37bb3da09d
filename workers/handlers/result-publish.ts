/** 结果公开: a concluded item's result becomes public (masked on the public pages). */
import { ItemEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask, WORKER_ACTOR } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, clock }) => async (task) => {
  await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    if (item.status === 'published') return;
    const now = clock();
    await tx.getRepository(ItemEntity).update({ id: item.id }, { status: 'published', publishedAt: now, closedAt: item.closedAt ?? now });
    await recordAction(tx, { actor: WORKER_ACTOR, action: 'item.published', entityType: 'item', entityId: item.itemNo, before: { status: item.status }, after: { status: 'published' } });
  });
  return {};
};
