/**
 * 研究决定: a meeting's (or, for an escalated item, the higher level's) decision on the item — answered on the
 * spot, dispatched to one or several departments, escalated, or explained. The decision's fields are one
 * logged change; a decision that itself moves the item (answered, escalated, explained) is a second.
 */
import type { Item, MeetingTopic } from '../../../db/entities/index.js';
import { decisionChange } from '../../decision.js';
import { changeItem, type ItemPatch } from '../item-store.js';
import type { CommandContext } from './context.js';

export type DecisionTopic = Pick<MeetingTopic, 'decision' | 'leadDept' | 'coDepts' | 'answer' | 'reReviewDate'>;

export interface DecidedBy {
  /** The meeting that decided, or null for the higher level. */
  meeting: { id: number; meetingNo: string } | null;
}

const STEP: Record<string, { patch: (now: Date) => ItemPatch; action: string }> = {
  onSpot: { patch: (now) => ({ status: 'replied', repliedAt: now }), action: 'item.replied' },
  escalate: { patch: () => ({ status: 'escalated' }), action: 'item.escalated' },
  explain: { patch: () => ({ status: 'explained' }), action: 'item.explained' },
};

export async function decide(c: CommandContext, item: Item, topic: DecisionTopic, by: DecidedBy): Promise<void> {
  const fields: ItemPatch = { ...decisionChange(topic), ...(by.meeting ? { meetingId: by.meeting.id } : {}) };
  await changeItem(c.tx, item, fields, {
    action: by.meeting ? 'item.meetingDecided' : 'item.higherLevelDecided',
    actor: c.actor,
    after: { decision: topic.decision, leadDept: topic.leadDept, coDepts: topic.coDepts, ...(by.meeting ? { meeting: by.meeting.meetingNo } : {}) },
  });
  const step = STEP[topic.decision ?? ''];
  if (step) await changeItem(c.tx, item, step.patch(c.now), { action: step.action, actor: c.actor });
}
