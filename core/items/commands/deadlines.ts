/** The limits the model computes (交办时限, 办理时限) as the ledger shows them; each also moves the item's status. */
import type { Item } from '../../../db/entities/index.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

/** Awaiting dispatch until `dispatchDue`; `certain` is false when the calendar lacks that year's notice. */
export async function setDispatchDue(c: CommandContext, item: Item, dispatchDue: Date, certain: boolean): Promise<void> {
  await changeItem(c.tx, item, { status: 'awaitingDispatch', dispatchDue }, { action: 'item.dispatchDueSet', actor: c.actor, after: { status: 'awaitingDispatch', dispatchDue, calendarCertain: certain } });
}

/** With the departments until `handlingDue` (`replyDays` calendar days after dispatch). */
export async function setHandlingDue(c: CommandContext, item: Item, handlingDue: Date, replyDays: number): Promise<void> {
  await changeItem(c.tx, item, { status: 'handling', handlingDue }, { action: 'item.handlingDueSet', actor: c.actor, after: { status: 'handling', handlingDue, replyDays } });
}
