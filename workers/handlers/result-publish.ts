/** 结果公开: a concluded item's result becomes public (masked on the public pages). */
import { publish } from '../../core/items/commands/publish.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, clock }) => async (task) => {
  await db.transaction(async (tx) => publish(asWorker(tx, clock()), await itemOfTask(tx, task)));
  return {};
};
