/**
 * Notices to the enterprise that submitted the item (in-app under its item number, by e-mail when it left an
 * address, and by SMS where the provider has a template for the notice); each notice also moves the item's ledger status where the notice marks a step of its life.
 */
import { ItemEntity, type Item, type ItemStatus } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { VAR, type Notice } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask, WORKER_ACTOR } from './item-access.js';

const SUBJECT: Record<Notice, string> = {
  declined: '议题不予受理告知',
  merged: '议题合并告知',
  answered: '议题答复',
  explained: '议题解释说明',
  escalated: '议题已提交上级恳谈会研究',
  progress: '议题办理进度',
  replied: '议题办理结果告知',
};

const STATUS: Partial<Record<Notice, ItemStatus>> = {
  declined: 'declined',
  explained: 'explained',
  escalated: 'escalated',
  replied: 'replied',
};

function body(notice: Notice, item: Item, trackUrl: string): string {
  const head = `您提交的议题 ${item.itemNo}`;
  switch (notice) {
    case 'declined': return `${head}经筛查不予列入问题清单。说明：${item.reply ?? ''}`;
    case 'merged': return `${head}与已有议题内容相同，已合并办理，办理结果将一并告知。`;
    case 'answered':
    case 'replied': return `${head}已办理完毕。办理结果：${item.reply ?? ''}\n12345将对办理情况进行回访，您也可在 ${trackUrl} 填写总体评价表。`;
    case 'explained': return `${head}暂不具备解决条件。说明：${item.reply ?? ''}${item.reReviewDate ? `\n我们将于 ${item.reReviewDate} 复查并帮助谋划新的解决办法。` : ''}`;
    case 'escalated': return `${head}本级不能直接办理，已提交上级恳谈会研究解决，我们将定期向您反馈进度。`;
    case 'progress': return `${head}仍在上级部门研究中，我们会持续跟进并及时反馈。`;
  }
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
  await notifier.notify({
    dedupeKey: task.id,
    recipientType: 'enterprise',
    recipient: item.itemNo,
    subject: SUBJECT[notice],
    body: body(notice, item, `${publicUrl}/track`),
    itemId: item.id,
    email: item.email,
    // The template carries the wording; only the item number travels (no personal data in the parameters).
    sms: { phone: item.phone, template: notice, params: { itemNo: item.itemNo } },
  });
  return {};
};
