/**
 * 督办阶梯: 提醒 before the handling deadline, 催办 at it, 通报 some working days after it, 督办 to the leaders some
 * working days after the 通报. The model holds the steps and their timers (bpmn/qinqing-item.bpmn); each step's
 * rule — on or off, how many working days, who is told — is the bureau's, stored in the database and defaulting
 * to the values below (ADR 0010). The timers read the dates computed here from the rules and the official calendar.
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { atShanghai, endOfDay } from '../calendar/dates.js';
import { GROUP } from '../contract.js';

export const LADDER_LEVELS = ['remind', 'urge', 'notice', 'escalate'] as const;
export type LadderLevel = (typeof LADDER_LEVELS)[number];

/** Who a step tells: the item's lead department, its cooperating departments, the coordinators, the supervisors. */
export const LADDER_RECIPIENTS = ['lead', 'co', 'coordinator', 'supervisor'] as const;
export type LadderRecipient = (typeof LADDER_RECIPIENTS)[number];

export interface LadderRule {
  level: LadderLevel;
  enabled: boolean;
  /**
   * remind: working days before the deadline day (0 = that day's morning); urge: always 0 (at the deadline);
   * notice: working days after the deadline day; escalate: working days after the notice day.
   */
  workingDays: number;
  recipients: LadderRecipient[];
}

export type Ladder = Record<LadderLevel, LadderRule>;

export const LADDER_LABEL: Record<LadderLevel, string> = { remind: '到期提醒', urge: '催办', notice: '通报', escalate: '督办' };

/** What each step's days may be: the rule's meaning bounds it (催办 is the deadline itself). */
export const WORKING_DAYS_RANGE: Record<LadderLevel, { min: number; max: number }> = {
  remind: { min: 0, max: 3 },
  urge: { min: 0, max: 0 },
  notice: { min: 1, max: 20 },
  escalate: { min: 1, max: 20 },
};

export const DEFAULT_LADDER: Ladder = {
  remind: { level: 'remind', enabled: true, workingDays: 1, recipients: ['lead', 'co'] },
  urge: { level: 'urge', enabled: true, workingDays: 0, recipients: ['lead', 'co', 'coordinator'] },
  notice: { level: 'notice', enabled: true, workingDays: 3, recipients: ['lead', 'co', 'coordinator', 'supervisor'] },
  escalate: { level: 'escalate', enabled: true, workingDays: 3, recipients: ['lead', 'supervisor'] },
};

/** The hour the early steps go out: the start of a working day, when someone reads them. */
const MORNING = 9;

export interface LadderTimes {
  handlingDue: Date;
  remindAt: Date;
  noticeAt: Date;
  escalateAt: Date;
}

/** The step times for a deadline at the end of `dueDay`, on the official calendar. */
export function ladderTimes(dueDay: string, ladder: Ladder, calendar: WorkingCalendar): LadderTimes {
  const remindDay = ladder.remind.workingDays === 0 ? dueDay : calendar.workingDayBefore(dueDay, ladder.remind.workingDays);
  const noticeDay = calendar.addWorkingDays(dueDay, ladder.notice.workingDays).date;
  const escalateDay = calendar.addWorkingDays(noticeDay, ladder.escalate.workingDays).date;
  return { handlingDue: endOfDay(dueDay), remindAt: atShanghai(remindDay, MORNING), noticeAt: atShanghai(noticeDay, MORNING), escalateAt: atShanghai(escalateDay, MORNING) };
}

/** The engine groups a step tells about one item (departments are groups named dept-*). */
export function ladderGroups(rule: LadderRule, item: { leadDept: string | null; coDepts: string | null }): string[] {
  const groups = rule.recipients.flatMap((r) => {
    switch (r) {
      case 'lead': return item.leadDept ? [item.leadDept] : [];
      case 'co': return item.coDepts ? item.coDepts.split(',') : [];
      case 'coordinator': return [GROUP.coordinator];
      case 'supervisor': return [GROUP.supervisor];
    }
  });
  return [...new Set(groups)];
}

export const isLadderLevel = (level: string): level is LadderLevel => (LADDER_LEVELS as readonly string[]).includes(level);
