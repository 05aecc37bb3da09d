/** The limits the model computes (交办时限, 办理时限) as the ledger shows them; each also moves the item's status. */
import type { Item } from '../../../db/entities/index.js';
import { recordAction } from '../../../db/action-log.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

/** What a dispatch limit counts from: the meeting's (or the return's) day and the model's working days. */
export interface DispatchBasis {
  dispatchFrom: string;
  workingDays: number;
}

/**
 * Awaiting dispatch until `dispatchDue`; `certain` is false when the calendar lacks that year's notice. The log
 * keeps the basis, so that a notice entered later can time the limit again.
 */
export async function setDispatchDue(c: CommandContext, item: Item, dispatchDue: Date, certain: boolean, basis: DispatchBasis): Promise<void> {
  await changeItem(c.tx, item, { status: 'awaitingDispatch', dispatchDue }, { action: 'item.dispatchDueSet', actor: c.actor, after: { status: 'awaitingDispatch', dispatchDue, calendarCertain: certain, ...basis } });
}

/** The dispatch limit moved by a holiday notice entered meanwhile (`reason` names it). */
export async function retimeDispatchDue(c: CommandContext, item: Item, dispatchDue: Date, reason: string): Promise<void> {
  await changeItem(c.tx, item, { dispatchDue }, { action: 'item.deadlineRetimed', actor: c.actor, after: { dispatchDue, reason } });
}

/** The ladder's times moved by a holiday notice entered meanwhile (they live in the process, not in the row). */
export async function recordLadderRetimed(c: CommandContext, item: Item, times: Record<string, Date>, reason: string): Promise<void> {
  await recordAction(c.tx, { actor: c.actor, action: 'item.ladderRetimed', entityType: 'item', entityId: item.itemNo, after: { ...times, reason } });
}

/** With the departments until `handlingDue` (`replyDays` calendar days after dispatch). */
export async function setHandlingDue(c: CommandContext, item: Item, handlingDue: Date, replyDays: number): Promise<void> {
  await changeItem(c.tx, item, { status: 'handling', handlingDue }, { action: 'item.handlingDueSet', actor: c.actor, after: { status: 'handling', handlingDue, replyDays } });
}
