/** Loads the item an item-process task belongs to; a missing item is a bug, not a business outcome. */
import type { EntityManager } from 'typeorm';
import { ItemEntity, type Item } from '../../db/entities/index.js';
import { VAR } from '../../core/contract.js';
import type { ExternalTaskView } from '../types.js';

export async function itemOfTask(tx: EntityManager, task: ExternalTaskView): Promise<Item> {
  const itemId = Number(task.get(VAR.itemId));
  const item = await tx.getRepository(ItemEntity).findOneBy({ id: itemId });
  if (!item) throw new Error(`item ${itemId} of process ${task.processInstanceId} not found`);
  return item;
}

export const WORKER_ACTOR = 'system:worker';
