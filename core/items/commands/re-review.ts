/** 复查议题: an explained item comes back on its re-review date: listed again (by the model), or closed. */
import type { Item } from '../../../db/entities/index.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export async function reReview(c: CommandContext, item: Item, outcome: 'relist' | 'close'): Promise<void> {
  if (outcome === 'close') await changeItem(c.tx, item, { status: 'closed', closedAt: c.now }, { action: 'item.closed', actor: c.actor });
}
