/** 列入问题清单: the item joins the representative problem list and waits for a meeting. */
import { list } from '../../core/items/commands/list.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, clock }) => async (task) => {
  await db.transaction(async (tx) => list(asWorker(tx, clock()), await itemOfTask(tx, task)));
  return {};
};
