/**
 * Forms of the meeting process: planning (agenda from the problem list, at least 10 enterprises invited) and
 * the record (at least 10 enterprises attended, a decision for every agenda topic).
 */
import { In, IsNull, type EntityManager } from 'typeorm';
import { ItemEntity, MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { VAR } from '../../core/contract.js';
import { badRequest } from '../../core/errors.js';
import { isoDay, text, z } from '../validation.js';
import { decisionSchema, deptsOf } from './decision.js';
import { defineForm } from './form.js';
import { assertDepartments } from './item-forms.js';
import { quarterOf } from '../../core/calendar/quarter.js';
import { isoDate } from '../../core/calendar/dates.js';

/** 原则上每次会议企业代表不少于10家 — for the dialogue meeting itself; 座谈、联建、问计于企 and chamber contacts
 * are recorded with whoever took part. */
export const MIN_ENTERPRISES = 10;
const minimumFor = (kind: string) => (kind === 'dialogue' ? MIN_ENTERPRISES : 1);

const invitee = z.object({
  enterpriseName: text(200),
  representative: z.string().trim().max(50).optional(),
  phone: z.string().trim().max(30).optional(),
});

/** Of these items, those already on the agenda of another meeting whose decisions are not yet applied. */
export async function onAnotherOpenAgenda(em: EntityManager, itemIds: number[], meetingId: number): Promise<Set<number>> {
  if (!itemIds.length) return new Set();
  const open = await em.getRepository(MeetingTopicEntity).find({ where: { itemId: In(itemIds), appliedAt: IsNull() } });
  return new Set(open.filter((t) => t.meetingId !== meetingId).map((t) => t.itemId));
}

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
    const d = ctx.data;
    const names = new Set(d.invitees.map((i) => i.enterpriseName));
    const min = minimumFor(ctx.meeting!.kind);
    if (names.size < min) throw badRequest('TOO_FEW_ENTERPRISES', `参会企业不少于${min}家（去重后${names.size}家）`);
    const items = await ctx.tx.getRepository(ItemEntity).findBy({ itemNo: In(d.agenda) });
    const notListed = d.agenda.filter((no) => !items.some((i) => i.itemNo === no && i.status === 'listed'));
    if (notListed.length) throw badRequest('AGENDA_NOT_ON_LIST', `以下议题不在问题清单中，不能列入议程：${notListed.join('、')}`);
    const meeting = ctx.meeting!;
    if ((await onAnotherOpenAgenda(ctx.tx, items.map((i) => i.id), meeting.id)).size) throw badRequest('AGENDA_TAKEN', '部分议题已列入另一次尚未召开的恳谈会');
    await ctx.tx.getRepository(MeetingEntity).update({ id: meeting.id }, { title: d.title, plannedDate: d.plannedDate, place: d.place, status: 'planned', quarterKey: quarterOf(d.plannedDate).key });
    await ctx.tx.getRepository(MeetingTopicEntity).delete({ meetingId: meeting.id });
    await ctx.tx.getRepository(MeetingTopicEntity).insert(items.map((i) => ({ meetingId: meeting.id, itemId: i.id })));
    await ctx.tx.getRepository(MeetingAttendanceEntity).delete({ meetingId: meeting.id });
    await ctx.tx.getRepository(MeetingAttendanceEntity).insert([...names].map((n) => {
      const inv = d.invitees.find((i) => i.enterpriseName === n)!;
      return { meetingId: meeting.id, enterpriseName: n, representative: inv.representative ?? null, phone: inv.phone ?? null, attended: false };
    }));
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
    const meeting = ctx.meeting!;
    const min = minimumFor(meeting.kind);
    if (new Set(d.attended).size < min) throw badRequest('TOO_FEW_ENTERPRISES', `到会企业不少于${min}家`);
    if (d.heldDate > isoDate(ctx.deps.clock())) throw badRequest('HELD_IN_FUTURE', '召开日期不能晚于今天');
    const topics = await ctx.tx.getRepository(MeetingTopicEntity).findBy({ meetingId: meeting.id });
    const items = await ctx.tx.getRepository(ItemEntity).findBy({ id: In(topics.map((t) => t.itemId)) });
    const byNo = new Map(items.map((i) => [i.itemNo, i]));
    const undecided = items.filter((i) => !d.decisions.some((x) => x.itemNo === i.itemNo)).map((i) => i.itemNo);
    if (undecided.length) throw badRequest('TOPIC_UNDECIDED', `以下议题尚未作出决定：${undecided.join('、')}`);
    const foreign = d.decisions.filter((x) => !byNo.has(x.itemNo)).map((x) => x.itemNo);
    if (foreign.length) throw badRequest('TOPIC_NOT_ON_AGENDA', `以下议题不在本次会议议程中：${foreign.join('、')}`);
    await assertDepartments(ctx, d.decisions.flatMap((x) => [x.leadDept, ...(x.coDepts ?? [])].filter((c): c is string => !!c)));
    for (const x of d.decisions) {
      const topic = topics.find((t) => t.itemId === byNo.get(x.itemNo)!.id)!;
      await ctx.tx.getRepository(MeetingTopicEntity).update({ id: topic.id }, { decision: x.decision, ...deptsOf(x), answer: x.answer ?? null, reReviewDate: x.reReviewDate ?? null });
    }
    const attendance = ctx.tx.getRepository(MeetingAttendanceEntity);
    for (const name of new Set(d.attended)) {
      const row = await attendance.findOneBy({ meetingId: meeting.id, enterpriseName: name });
      if (row) await attendance.update({ id: row.id }, { attended: true });
      else await attendance.insert({ meetingId: meeting.id, enterpriseName: name, attended: true });
    }
    await ctx.tx.getRepository(MeetingEntity).update({ id: meeting.id }, { heldDate: d.heldDate, minutes: d.minutes ?? null, status: 'held', quarterKey: quarterOf(d.heldDate).key });
    return { [VAR.meetingId]: meeting.id };
  },
});
