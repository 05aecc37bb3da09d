/** 提议召开: a meeting (or another interaction activity) is proposed; its process then opens the planning task. */
import { randomBytes } from 'node:crypto';
import { MeetingEntity, type Meeting } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { isoDate } from '../calendar/dates.js';
import { quarterOf } from '../calendar/quarter.js';
import type { CommandContext } from '../items/commands/context.js';
import type { MeetingKind } from './rules.js';

export async function propose(c: CommandContext, d: { title: string; kind: MeetingKind; meetingNo?: string }): Promise<Meeting> {
  const today = isoDate(c.now);
  const meetingNo = d.meetingNo ?? `HY${today.replace(/-/g, '')}${randomBytes(2).toString('hex').toUpperCase()}`;
  const repo = c.tx.getRepository(MeetingEntity);
  await repo.insert({ meetingNo, title: d.title, kind: d.kind, quarterKey: quarterOf(today).key, status: 'proposed' });
  await recordAction(c.tx, { actor: c.actor, action: 'meeting.proposed', entityType: 'meeting', entityId: meetingNo, after: { title: d.title, kind: d.kind } });
  return repo.findOneByOrFail({ meetingNo });
}

/** The meeting's process instance, once the engine has started it. */
export async function attachProcess(c: Pick<CommandContext, 'tx'>, meeting: Meeting, processInstanceId: string): Promise<void> {
  await c.tx.getRepository(MeetingEntity).update({ id: meeting.id }, { processInstanceId });
  meeting.processInstanceId = processInstanceId;
}
