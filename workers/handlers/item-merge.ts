/** 合并: a duplicate item is closed into the item it repeats; the target keeps the duplicate's source. */
import { VAR } from '../../core/contract.js';
import { merge } from '../../core/items/commands/merge.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, clock }) => async (task) => {
  await db.transaction(async (tx) => merge(asWorker(tx, clock()), await itemOfTask(tx, task), String(task.get(VAR.mergeInto))));
  return {};
};
