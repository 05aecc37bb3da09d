/**
 * 审核答复: the bureau accepts the lead department's reply — the item is answered, and the on-time-reply figure
 * counts from this instant — or sends it back for handling again.
 */
import type { Item } from '../../../db/entities/index.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export async function review(c: CommandContext, item: Item, approved: boolean): Promise<void> {
  if (approved) await changeItem(c.tx, item, { status: 'replied', repliedAt: c.now }, { action: 'item.replied', actor: c.actor });
  else await changeItem(c.tx, item, { status: 'handling' }, { action: 'item.returnedForRehandling', actor: c.actor });
}
