/**
 * Notices to the enterprise that submitted the item: in-app under its item number, by e-mail when it left an
 * address, and by SMS where the provider has a template for the notice. It only notifies: the state change the
 * notice reports was made by the step that decided it (core/items/commands/).
 */
import type { DataSource } from 'typeorm';
import { NoticeTemplateEntity, type Item } from '../../db/entities/index.js';
import { DEFAULT_TEMPLATES, render } from '../../core/notify/notice-templates.js';
import { VAR, type Notice } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask } from './item-access.js';

/** The notice in the bureau's wording (or the default), filled in for this item. */
async function wording(db: DataSource, notice: Notice, item: Item, trackUrl: string) {
  const own = await db.getRepository(NoticeTemplateEntity).findOneBy({ notice });
  const t = own ?? DEFAULT_TEMPLATES[notice];
  const values = { itemNo: item.itemNo, reply: item.reply ?? '', trackUrl, reReviewDate: item.reReviewDate ?? '另行通知' };
  return { subject: render(t.subject, values), body: render(t.body, values) };
}

export const createHandler: HandlerFactory = ({ db, notifier, publicUrl }) => async (task) => {
  const notice = String(task.get(VAR.notice)) as Notice;
  const item = await itemOfTask(db.manager, task);
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
