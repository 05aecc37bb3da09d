/** 结果公开: a concluded item's result becomes public (masked by core/items/public-view.ts). Idempotent. */
import type { Item } from '../../../db/entities/index.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export async function publish(c: CommandContext, item: Item): Promise<void> {
  if (item.status === 'published') return; // a redelivery
  await changeItem(c.tx, item, { status: 'published', publishedAt: c.now, closedAt: item.closedAt ?? c.now }, { action: 'item.published', actor: c.actor, after: { status: 'published' } });
}
