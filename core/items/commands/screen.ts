/**
 * 筛查议题: the coordinator accepts the item onto the problem list (the model lists it next), merges it into the
 * item it repeats (checked here, merged by the model's next step), answers it at once (即知即办), or declines it.
 */
import type { Item } from '../../../db/entities/index.js';
import type { Screening } from '../../contract.js';
import { badRequest } from '../../errors.js';
import { changeItem, loadItemOrNull } from '../item-store.js';
import { statusIn } from '../status.js';
import type { CommandContext } from './context.js';

export interface ScreeningInput {
  screening: Screening;
  mergeInto?: string;
  answer?: string;
  reason?: string;
}

export async function screen(c: CommandContext, item: Item, d: ScreeningInput): Promise<void> {
  if (d.screening === 'merge') {
    const target = d.mergeInto ? await loadItemOrNull(c.tx, { itemNo: d.mergeInto }) : null;
    if (!target || target.id === item.id) throw badRequest('MERGE_TARGET_INVALID', `无法合并到议题 ${d.mergeInto}：议题不存在或为本议题`);
    if (statusIn('setAside', target.status)) throw badRequest('MERGE_TARGET_INVALID', `议题 ${d.mergeInto} 已合并或不予受理，不能作为合并目标`);
  }
  if (d.screening === 'answer') {
    if (!d.answer) throw badRequest('ANSWER_REQUIRED', '即知即办须填写答复内容');
    await changeItem(c.tx, item, { reply: d.answer, decision: 'onSpot', status: 'replied', repliedAt: c.now }, { action: 'item.replied', actor: c.actor });
  }
  if (d.screening === 'decline') {
    if (!d.reason) throw badRequest('REASON_REQUIRED', '不予受理须说明理由');
    await changeItem(c.tx, item, { reply: d.reason, status: 'declined', closedAt: c.now }, { action: 'item.declined', actor: c.actor });
  }
}
