/**
 * 季度开启: at the start of each quarter the model's timer opens the planning of this quarter's meeting (a
 * meeting process waiting at "筹备恳谈会") and fixes the quarter's end, when a quarter without a held meeting is
 * reported to supervisors.
 */
import { MeetingEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { vars } from '../../core/engine/engine-client.js';
import { GROUP, PROCESS, VAR } from '../../core/contract.js';
import { endOfDay, isoDate } from '../../core/calendar/dates.js';
import { quarterOf } from '../../core/calendar/quarter.js';
import type { HandlerFactory } from '../types.js';
import { WORKER_ACTOR } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, engine, notifier, clock }) => async (task) => {
  const quarter = quarterOf(isoDate(clock()));
  const meetingNo = `HY-${quarter.key}-01`;
  const repo = db.getRepository(MeetingEntity);
  let meeting = await repo.findOneBy({ quarterKey: quarter.key });
  if (!meeting) {
    meeting = await db.transaction(async (tx) => {
      await tx.getRepository(MeetingEntity).insert({ meetingNo, title: `${quarter.key.replace('Q', '年第')}季度政务服务“亲清”政企恳谈会`, kind: 'dialogue', quarterKey: quarter.key, status: 'proposed' });
      const m = await tx.getRepository(MeetingEntity).findOneByOrFail({ meetingNo });
      await recordAction(tx, { actor: WORKER_ACTOR, action: 'meeting.proposed', entityType: 'meeting', entityId: meetingNo, after: { quarter: quarter.key } });
      return m;
    });
  }
  if (!meeting.processInstanceId) {
    const existing = await engine.processInstances({ processDefinitionKey: PROCESS.meeting, businessKey: meeting.meetingNo });
    const instance = existing[0] ?? (await engine.startProcess(PROCESS.meeting, meeting.meetingNo, vars({ [VAR.meetingId]: meeting.id })));
    await db.transaction((tx) => tx.getRepository(MeetingEntity).update({ id: meeting!.id }, { processInstanceId: instance.id }));
  }
  await notifier.notify({ dedupeKey: task.id, recipientType: 'group', recipient: GROUP.coordinator, subject: '请筹备本季度恳谈会', body: `${quarter.key} 已开始，请根据问题清单确定议题和参会企业（不少于10家），本季度内至少召开1次政务服务“亲清”政企恳谈会。` });
  return { variables: { [VAR.quarterKey]: quarter.key, [VAR.quarterEnd]: endOfDay(quarter.lastDay) } };
};
