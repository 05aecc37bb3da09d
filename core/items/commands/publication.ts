/**
 * 审核公开内容: every concluded result is published "严格按要求" — a coordinator first reads the text the public
 * will see, removes what must not be published (trade secrets, details that identify a person), and approves it.
 * The model gives the review a limit in working days and reminds the coordinators when it is passed.
 */
import type { Item } from '../../../db/entities/index.js';
import { maskText } from '../../privacy/mask.js';
import { conflict } from '../../errors.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

/** Concluded and evaluated: waiting for the coordinator's review until `due`. */
export async function awaitPublication(c: CommandContext, item: Item, due: Date): Promise<void> {
  await changeItem(c.tx, item, { status: 'awaitingPublication' }, { action: 'item.publicationDueSet', actor: c.actor, after: { status: 'awaitingPublication', publicationDue: due } });
}

/** What the review starts from: the problem and the answer as the public pages would show them unreviewed. */
export function publicationDraft(item: Item): { publicProblem: string; publicAnswer: string } {
  return { publicProblem: item.publicProblem ?? maskText(item.problem), publicAnswer: item.publicAnswer ?? maskText(item.reply ?? '') };
}

export interface PublicationReview {
  publicProblem: string;
  publicAnswer: string;
  /** What was taken out and why (kept in the log, never published). */
  note?: string;
}

/** The approved public text; the log says whether it differs from the masked original (a redaction). */
export async function approvePublication(c: CommandContext, item: Item, d: PublicationReview): Promise<void> {
  if (item.status !== 'awaitingPublication') throw conflict('ITEM_NOT_AWAITING_PUBLICATION', '议题当前不在公开审核环节');
  const draft = publicationDraft(item);
  const redacted = d.publicProblem !== draft.publicProblem || d.publicAnswer !== draft.publicAnswer;
  await changeItem(c.tx, item, { publicProblem: d.publicProblem, publicAnswer: d.publicAnswer }, { action: 'item.publicationReviewed', actor: c.actor, after: { redacted, note: d.note ?? null } });
}
