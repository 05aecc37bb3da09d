/** 列入问题清单: the item joins the representative problem list and waits for a meeting. Idempotent. */
import type { Item } from '../../../db/entities/index.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export async function list(c: CommandContext, item: Item): Promise<void> {
  if (item.status === 'listed') return; // a redelivery
  await changeItem(c.tx, item, { status: 'listed', decision: null }, { action: 'item.listed', actor: c.actor, after: { status: 'listed' } });
}
