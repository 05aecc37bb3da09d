/**
 * Notices to the enterprise that submitted the item (in-app under its item number, by e-mail when it left an
 * address, and by SMS where the provider has a template for the notice); each notice also moves the item's ledger status where the notice marks a step of its life.
 */
import type { DataSource } from 'typeorm';
import { ItemEntity, NoticeTemplateEntity, type Item, type ItemStatus } from '../../db/entities/index.js';
import { DEFAULT_TEMPLATES, render } from '../../core/notify/notice-templates.js';
import { recordAction } from '../../db/action-log.js';
import { VAR, type Notice } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask, WORKER_ACTOR } from './item-access.js';

const STATUS: Partial<Record<Notice, ItemStatus>> = {
  declined: 'declined',
  explained: 'explained',
  escalated: 'escalated',
  replied: 'replied',
};

/** The notice in the bureau's wording (or the default), filled in for this item. */
async function wording(db: DataSource, notice: Notice, item: Item, trackUrl: string) {
  const own = await db.getRepository(NoticeTemplateEntity).findOneBy({ notice });
  const t = own ?? DEFAULT_TEMPLATES[notice];
  const values = { itemNo: item.itemNo, reply: item.reply ?? '', trackUrl, reReviewDate: item.reReviewDate ?? '另行通知' };
  return { subject: render(t.subject, values), body: render(t.body, values) };
}

export const createHandler: HandlerFactory = ({ db, notifier, clock, publicUrl }) => async (task) => {
  const notice = String(task.get(VAR.notice)) as Notice;
  const item = await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    const status = STATUS[notice];
    if (status && item.status !== status) {
      const change: Partial<Item> = { status };
      if (status === 'replied') change.repliedAt = item.repliedAt ?? clock();
      if (status === 'declined') change.closedAt = clock();
      await tx.getRepository(ItemEntity).update({ id: item.id }, change);
      await recordAction(tx, { actor: WORKER_ACTOR, action: `item.${notice}`, entityType: 'item', entityId: item.itemNo, before: { status: item.status }, after: change });
    }
    return item;
  });
  const { subject, body } = await wording(db, notice, item, `${publicUrl}/public/track`);
  await notifier.notify({
    dedupeKey: task.id,
    recipientType: 'enterprise',
    recipient: item.itemNo,
    subject,
    body,
    itemId: item.id,
    email: item.email,
    // The template carries the wording; only the item number travels (no personal data in the parameters).
    sms: { phone: item.phone, template: notice, params: { itemNo: item.itemNo } },
  });
  return {};
};
