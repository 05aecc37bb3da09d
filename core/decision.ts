/** How a topic's decision (meeting or higher level) reaches the item process and the ledger. */
import type { Item, MeetingTopic } from '../db/entities/index.js';
import { vars } from './engine/engine-client.js';
import { VAR } from './contract.js';

/** The variables a decision hands to the item process. */
export function decisionVariables(t: Pick<MeetingTopic, 'decision' | 'leadDept' | 'coDepts' | 'reReviewDate'>, decidedOn: string, meetingId: number | null) {
  const co = t.coDepts ? t.coDepts.split(',').filter(Boolean) : [];
  return vars({
    [VAR.decision]: t.decision,
    [VAR.leadDept]: t.leadDept ?? '',
    [VAR.coDepts]: co,
    [VAR.coDeptCount]: co.length,
    [VAR.meetingDate]: decidedOn,
    [VAR.meetingId]: meetingId ?? undefined,
    [VAR.reReviewDate]: t.reReviewDate ? new Date(`${t.reReviewDate}T09:00:00+08:00`) : undefined,
  });
}

/** The ledger fields a decision sets on the item. */
export function decisionChange(t: Pick<MeetingTopic, 'decision' | 'leadDept' | 'coDepts' | 'answer' | 'reReviewDate'>): Pick<Item, 'decision' | 'leadDept' | 'coDepts' | 'reply' | 'reReviewDate'> {
  return {
    decision: t.decision,
    leadDept: t.leadDept || null,
    coDepts: t.coDepts || null,
    reply: t.answer ?? null,
    reReviewDate: t.reReviewDate ?? null,
  };
}

