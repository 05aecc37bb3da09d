/** 季度开启: each quarter has its dialogue meeting proposed once, whatever redelivers the quarter's start. */
import { MeetingEntity, type Meeting } from '../../db/entities/index.js';
import { isoDate } from '../calendar/dates.js';
import { quarterOf } from '../calendar/quarter.js';
import type { CommandContext } from '../items/commands/context.js';
import { propose } from './propose.js';

export async function quarterMeeting(c: CommandContext): Promise<{ meeting: Meeting; quarter: ReturnType<typeof quarterOf> }> {
  const quarter = quarterOf(isoDate(c.now));
  const existing = await c.tx.getRepository(MeetingEntity).findOneBy({ quarterKey: quarter.key });
  const meeting = existing ?? (await propose(c, { title: `${quarter.key.replace('Q', '年第')}季度政务服务“亲清”政企恳谈会`, kind: 'dialogue', meetingNo: `HY-${quarter.key}-01` }));
  return { meeting, quarter };
}
