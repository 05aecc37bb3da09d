/** Loads the item an item-process task belongs to; a missing item is a bug, not a business outcome. */
import type { EntityManager } from 'typeorm';
import type { Item } from '../../db/entities/index.js';
import { VAR } from '../../core/contract.js';
import { loadItemOrNull } from '../../core/items/item-store.js';
import { WORKER_ACTOR, type CommandContext } from '../../core/items/commands/context.js';
import type { ExternalTaskView } from '../types.js';

export { WORKER_ACTOR };

export async function itemOfTask(tx: EntityManager, task: ExternalTaskView): Promise<Item> {
  const itemNo = String(task.get(VAR.itemNo));
  const item = await loadItemOrNull(tx, { itemNo });
  if (!item) throw new Error(`item ${itemNo} of process ${task.processInstanceId} not found`);
  return item;
}

/** The model's own step, acting now in `tx`. */
export function asWorker(tx: EntityManager, now: Date): CommandContext {
  return { tx, actor: WORKER_ACTOR, now };
}
