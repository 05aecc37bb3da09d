/**
 * 议题办理情况表 (form 2): a department's part in one handling round. A cooperator's opinion goes to the lead
 * department; the lead's reply (alone, or consolidating the opinions) goes to the bureau for review, and ends any
 * extension request still waiting (the model ends its approval with the handling).
 */
import { HandlingRecordEntity, type Item } from '../../../db/entities/index.js';
import { recordAction } from '../../../db/action-log.js';
import { changeItem } from '../item-store.js';
import { withdrawPendingExtensions } from './extension.js';
import type { CommandContext } from './context.js';

export interface HandlingInput {
  deptCode: string;
  role: 'lead' | 'cooperator';
  content: string;
  feedback?: string;
  contact: string;
  phone: string;
  taskId: string;
}

export async function recordHandling(c: CommandContext, item: Item, d: HandlingInput): Promise<void> {
  const round = item.rehandleCount + 1;
  await c.tx.getRepository(HandlingRecordEntity).insert({
    itemId: item.id, round, deptCode: d.deptCode, role: d.role, content: d.content, feedback: d.feedback ?? null,
    contact: d.contact, phone: d.phone, taskId: d.taskId, submittedBy: c.actor,
  });
  // The log keeps who answered in which round, not the contact's phone.
  if (d.role === 'lead') {
    await withdrawPendingExtensions(c, item);
    await changeItem(c.tx, item, { reply: d.content, status: 'reviewing', repliedAt: null }, { action: 'item.replySubmitted', actor: c.actor, after: { status: 'reviewing', dept: d.deptCode, round } });
  } else {
    await recordAction(c.tx, { actor: c.actor, action: 'item.opinionSent', entityType: 'item', entityId: item.itemNo, after: { dept: d.deptCode, round } });
  }
}
