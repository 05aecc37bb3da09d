/**
 * Completing the meeting process's user tasks: planning (agenda from the problem list, invited enterprises) and
 * the record (who came, a decision for every agenda topic). The rules are the meeting commands' (core/meetings/).
 */
import { VAR } from '../../core/contract.js';
import { plan } from '../../core/meetings/plan.js';
import { record } from '../../core/meetings/record.js';
import { isoDay, text, z } from '../validation.js';
import { decisionSchema, deptsOf } from './decision.js';
import { defineForm } from './form.js';

const invitee = z.object({
  enterpriseName: text(200),
  representative: z.string().trim().max(50).optional(),
  phone: z.string().trim().max(30).optional(),
});

export const planMeeting = defineForm({
  title: '筹备恳谈会',
  schema: z.object({
    title: text(200),
    plannedDate: isoDay,
    place: text(200),
    agenda: z.array(z.string().trim().min(1)).min(1),
    invitees: z.array(invitee).min(1),
  }),
  async apply(ctx) {
    await plan(ctx.command, ctx.meeting!, ctx.data);
    return {};
  },
});

export const recordMeeting = defineForm({
  title: '记录恳谈会',
  schema: z.object({
    heldDate: isoDay,
    minutes: z.string().trim().max(20000).optional(),
    attended: z.array(z.string().trim().min(1)).min(1),
    decisions: z.array(decisionSchema.and(z.object({ itemNo: z.string().trim().min(1) }))).min(1),
  }),
  async apply(ctx) {
    const d = ctx.data;
    const decisions = d.decisions.map((x) => ({ itemNo: x.itemNo, decision: x.decision, ...deptsOf(x), answer: x.answer, reReviewDate: x.reReviewDate }));
    await record(ctx.command, ctx.meeting!, { ...d, decisions });
    return { [VAR.meetingId]: ctx.meeting!.id };
  },
});
