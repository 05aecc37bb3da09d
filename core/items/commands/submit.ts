/** 提交议题: a new item from form 1 or an intake channel joins the ledger as `submitted`. */
import { insertItem, type NewItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export async function submit(c: CommandContext, row: NewItem, enterprise: { creditCode?: string | null } = {}): Promise<void> {
  await insertItem(c.tx, row, c.actor, enterprise);
}
