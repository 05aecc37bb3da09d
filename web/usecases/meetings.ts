/** 恳谈会: proposing a meeting (its process opens the planning task), listing and reading meetings. */
import { randomBytes } from 'node:crypto';
import { MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity, ItemEntity } from '../../db/entities/index.js';
import { In } from 'typeorm';
import { recordAction } from '../../db/action-log.js';
import { vars } from '../../core/engine/engine-client.js';
import { GROUP, PROCESS, VAR } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { quarterOf } from '../../core/calendar/quarter.js';
import { notFound } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { parse, text, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export const MEETING_KINDS = ['dialogue', 'symposium', 'coBuilding', 'consultation', 'chamberContact'] as const;

export const proposeSchema = z.object({
  title: text(200),
  kind: z.enum(MEETING_KINDS).default('dialogue'),
});

export async function proposeMeeting(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const input = parse(proposeSchema, body);
  const today = isoDate(deps.clock());
  const meetingNo = `HY${today.replace(/-/g, '')}${randomBytes(2).toString('hex').toUpperCase()}`;
  return deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(MeetingEntity);
    await repo.insert({ meetingNo, title: input.title, kind: input.kind, quarterKey: quarterOf(today).key, status: 'proposed' });
    const m = await repo.findOneByOrFail({ meetingNo });
    await recordAction(tx, { actor: actor.userId, action: 'meeting.proposed', entityType: 'meeting', entityId: meetingNo, after: input });
    const instance = await deps.engine.startProcess(PROCESS.meeting, meetingNo, vars({ [VAR.meetingId]: m.id }));
    await repo.update({ id: m.id }, { processInstanceId: instance.id });
    return { id: m.id, meetingNo };
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
