/** Loads the item an item-process task belongs to; a missing item is a bug, not a business outcome. */
import type { EntityManager } from 'typeorm';
import { ItemEntity, type Item } from '../../db/entities/index.js';
import { VAR } from '../../core/contract.js';
import type { ExternalTaskView } from '../types.js';

export async function itemOfTask(tx: EntityManager, task: ExternalTaskView): Promise<Item> {
  const itemNo = String(task.get(VAR.itemNo));
  const item = await tx.getRepository(ItemEntity).findOneBy({ itemNo });
  if (!item) throw new Error(`item ${itemNo} of process ${task.processInstanceId} not found`);
  return item;
}

export const WORKER_ACTOR = 'system:worker';
