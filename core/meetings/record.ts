/**
 * 记录恳谈会: the day it was held, who came (at least 10 enterprises for a dialogue meeting), the minutes, and a
 * decision for every agenda topic — the model then hands each decision to its item (apply-topic.ts).
 */
import { In } from 'typeorm';
import { ItemEntity, MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity, type Meeting } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import type { Decision } from '../contract.js';
import { badRequest } from '../errors.js';
import { isoDate } from '../calendar/dates.js';
import { quarterOf } from '../calendar/quarter.js';
import { assertDepartments } from '../items/commands/dispatch.js';
import type { CommandContext } from '../items/commands/context.js';
import { minimumEnterprises } from './rules.js';

export interface TopicDecision {
  itemNo: string;
  decision: Decision;
  leadDept: string | null;
  coDepts: string | null;
  answer?: string;
  reReviewDate?: string;
}

export interface RecordInput {
  heldDate: string;
  minutes?: string;
  attended: string[];
  decisions: TopicDecision[];
}

export async function record(c: CommandContext, meeting: Meeting, d: RecordInput): Promise<void> {
  const min = minimumEnterprises(meeting.kind);
  if (new Set(d.attended).size < min) throw badRequest('TOO_FEW_ENTERPRISES', `到会企业不少于${min}家`);
  if (d.heldDate > isoDate(c.now)) throw badRequest('HELD_IN_FUTURE', '召开日期不能晚于今天');
  const topics = await c.tx.getRepository(MeetingTopicEntity).findBy({ meetingId: meeting.id });
  const items = await c.tx.getRepository(ItemEntity).findBy({ id: In(topics.map((t) => t.itemId)) });
  const byNo = new Map(items.map((i) => [i.itemNo, i]));
  const undecided = items.filter((i) => !d.decisions.some((x) => x.itemNo === i.itemNo)).map((i) => i.itemNo);
  if (undecided.length) throw badRequest('TOPIC_UNDECIDED', `以下议题尚未作出决定：${undecided.join('、')}`);
  const foreign = d.decisions.filter((x) => !byNo.has(x.itemNo)).map((x) => x.itemNo);
  if (foreign.length) throw badRequest('TOPIC_NOT_ON_AGENDA', `以下议题不在本次会议议程中：${foreign.join('、')}`);
  await assertDepartments(c, d.decisions.flatMap((x) => [x.leadDept, ...(x.coDepts ? x.coDepts.split(',') : [])].filter((code): code is string => !!code)));
  for (const x of d.decisions) {
    const topic = topics.find((t) => t.itemId === byNo.get(x.itemNo)!.id)!;
    await c.tx.getRepository(MeetingTopicEntity).update({ id: topic.id }, { decision: x.decision, leadDept: x.leadDept, coDepts: x.coDepts, answer: x.answer ?? null, reReviewDate: x.reReviewDate ?? null });
  }
  const attendance = c.tx.getRepository(MeetingAttendanceEntity);
  for (const name of new Set(d.attended)) {
    const row = await attendance.findOneBy({ meetingId: meeting.id, enterpriseName: name });
    if (row) await attendance.update({ id: row.id }, { attended: true });
    else await attendance.insert({ meetingId: meeting.id, enterpriseName: name, attended: true });
  }
  await c.tx.getRepository(MeetingEntity).update({ id: meeting.id }, { heldDate: d.heldDate, minutes: d.minutes ?? null, status: 'held', quarterKey: quarterOf(d.heldDate).key });
  await recordAction(c.tx, { actor: c.actor, action: 'meeting.held', entityType: 'meeting', entityId: meeting.meetingNo, after: { heldDate: d.heldDate, attended: new Set(d.attended).size, decisions: d.decisions.map((x) => ({ itemNo: x.itemNo, decision: x.decision })) } });
}
