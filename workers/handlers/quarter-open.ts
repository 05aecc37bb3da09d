/**
 * 季度开启: at the start of each quarter the model's timer opens the planning of this quarter's meeting (a
 * meeting process waiting at "筹备恳谈会") and fixes the quarter's end, when a quarter without a held meeting is
 * reported to supervisors.
 */
import { attachProcess } from '../../core/meetings/propose.js';
import { quarterMeeting } from '../../core/meetings/quarter-watch.js';
import { MIN_ENTERPRISES } from '../../core/meetings/rules.js';
import { vars } from '../../core/engine/engine-client.js';
import { GROUP, PROCESS, VAR } from '../../core/contract.js';
import { endOfDay } from '../../core/calendar/dates.js';
import type { HandlerFactory } from '../types.js';
import { asWorker } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, engine, notifier, clock }) => async (task) => {
  const { meeting, quarter } = await db.transaction((tx) => quarterMeeting(asWorker(tx, clock())));
  if (!meeting.processInstanceId) {
    const existing = await engine.processInstances({ processDefinitionKey: PROCESS.meeting, businessKey: meeting.meetingNo });
    const instance = existing[0] ?? (await engine.startProcess(PROCESS.meeting, meeting.meetingNo, vars({ [VAR.meetingId]: meeting.id })));
    await db.transaction((tx) => attachProcess({ tx }, meeting, instance.id));
  }
  await notifier.notify({ dedupeKey: task.id, recipientType: 'group', recipient: GROUP.coordinator, subject: '请筹备本季度恳谈会', body: `${quarter.key} 已开始，请根据问题清单确定议题和参会企业（不少于${MIN_ENTERPRISES}家），本季度内至少召开1次政务服务“亲清”政企恳谈会。` });
  return { variables: { [VAR.quarterKey]: quarter.key, [VAR.quarterEnd]: endOfDay(quarter.lastDay) } };
};
