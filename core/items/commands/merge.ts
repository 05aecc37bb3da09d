/** 合并: a duplicate is closed into the item it repeats (which keeps its own channel and source). Idempotent. */
import type { Item } from '../../../db/entities/index.js';
import { changeItem, loadItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export async function merge(c: CommandContext, item: Item, targetNo: string): Promise<void> {
  if (item.status === 'merged') return; // a redelivery
  const target = await loadItem(c.tx, { itemNo: targetNo });
  await changeItem(c.tx, item, { status: 'merged', mergedIntoId: target.id, closedAt: c.now }, { action: 'item.merged', actor: c.actor, after: { status: 'merged', mergedInto: target.itemNo } });
}
