/** 恳谈会: proposing a meeting (its process opens the planning task), listing and reading meetings. */
import { MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity, ItemEntity } from '../../db/entities/index.js';
import { In } from 'typeorm';
import { vars } from '../../core/engine/engine-client.js';
import { GROUP, PROCESS, VAR } from '../../core/contract.js';
import { attachProcess, propose } from '../../core/meetings/propose.js';
import { MEETING_KINDS } from '../../core/meetings/rules.js';
import { notFound } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { parse, text, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export const proposeSchema = z.object({
  title: text(200),
  kind: z.enum(MEETING_KINDS).default('dialogue'),
});

export async function proposeMeeting(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const input = parse(proposeSchema, body);
  return deps.db.transaction(async (tx) => {
    const m = await propose({ tx, actor: actor.userId, now: deps.clock() }, input);
    const instance = await deps.engine.startProcess(PROCESS.meeting, m.meetingNo, vars({ [VAR.meetingId]: m.id }));
    await attachProcess({ tx }, m, instance.id);
    return { id: m.id, meetingNo: m.meetingNo };
  });
}

export async function listMeetings(deps: AppDeps) {
  const rows = await deps.db.getRepository(MeetingEntity).find({ order: { id: 'DESC' }, take: 200 });
  return rows.map(({ processInstanceId: _p, ...m }) => m);
}

export async function meetingDetail(deps: AppDeps, id: number) {
  const meeting = await deps.db.getRepository(MeetingEntity).findOneBy({ id });
  if (!meeting) throw notFound('MEETING_NOT_FOUND', '恳谈会不存在');
  const topics = await deps.db.getRepository(MeetingTopicEntity).findBy({ meetingId: id });
  const items = topics.length ? await deps.db.getRepository(ItemEntity).findBy({ id: In(topics.map((t) => t.itemId)) }) : [];
  const attendance = await deps.db.getRepository(MeetingAttendanceEntity).findBy({ meetingId: id });
  return {
    meeting,
    topics: topics.map((t) => ({ ...t, itemNo: items.find((i) => i.id === t.itemId)?.itemNo, problem: items.find((i) => i.id === t.itemId)?.problem })),
    attendance,
  };
}
