/** 公开审核提醒: a result has waited longer than the model allows for its review; the coordinators are told. It only notifies. */
import { GROUP } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, notifier }) => async (task) => {
  const item = await itemOfTask(db.manager, task);
  await notifier.notify({
    dedupeKey: task.id,
    recipientType: 'group',
    recipient: GROUP.coordinator,
    subject: '办理结果待审核公开',
    body: `议题 ${item.itemNo} 已办结并完成回访，公开内容审核已超过时限，请在“审核公开内容”中审核后公开。`,
    itemId: item.id,
  });
  return {};
};
