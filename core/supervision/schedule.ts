/**
 * The deadlines the model's timers wait for, computed on the official calendar: the dispatch limit (N working
 * days after the meeting or the return), the handling limit (N calendar days after dispatch: "7天" counts
 * holidays) and the supervision ladder's times. The same functions serve the model's steps, an extension and the
 * re-timing after a holiday notice is entered, so all three agree.
 */
import type { EntityManager } from 'typeorm';
import { ACTIVITY, LADDER_TIMER, TASK, VAR } from '../contract.js';
import { addDays, endOfDay, isoDate } from '../calendar/dates.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { EngineClient } from '../engine/engine-client.js';
import { vars } from '../engine/engine-client.js';
import { loadLadder } from './ladder-rules.js';
import { ladderTimes } from './ladder.js';

/**
 * The end of the `workingDays`-th working day after `from` (the dispatch limit, the publication review's);
 * `certain` is false when a year lacks its notice.
 */
export function workingDaysDeadline(calendar: WorkingCalendar, from: string, workingDays: number): { due: Date; certain: boolean } {
  const answer = calendar.addWorkingDays(from, workingDays);
  return { due: endOfDay(answer.date), certain: answer.certain };
}

/** The deadline day: `replyDays` calendar days after the Shanghai day of `start`. */
export function handlingDueDay(start: Date, replyDays: number): string {
  return addDays(isoDate(start), replyDays);
}

/** The deadline at the end of `dueDay` and the ladder's times, as the process variables its timers read. */
export async function handlingSchedule(manager: EntityManager, calendar: CalendarService, dueDay: string) {
  const t = ladderTimes(dueDay, await loadLadder(manager), await calendar.get());
  return {
    handlingDue: t.handlingDue,
    variables: { [VAR.handlingDue]: t.handlingDue, [VAR.handlingRemindAt]: t.remindAt, [VAR.ladderNoticeAt]: t.noticeAt, [VAR.ladderEscalateAt]: t.escalateAt } as Record<string, Date>,
  };
}

const LADDER_ACTIVITIES = Object.values(LADDER_TIMER).map((t) => t.activity);

/** Hands new ladder times to a running instance and re-evaluates the timers that wait for them. */
export async function retimeLadder(engine: EngineClient, processInstanceId: string, variables: Record<string, Date>): Promise<void> {
  await engine.setVariables(processInstanceId, vars(variables));
  for (const activityId of LADDER_ACTIVITIES) {
    for (const job of await engine.jobs({ processInstanceId, activityId, timers: true })) await engine.recalculateDueDate(job.id);
  }
}

/** Hands a new dispatch limit to an instance waiting at 交办议题: its timer and its task's due date. */
export async function retimeDispatch(engine: EngineClient, processInstanceId: string, dispatchDue: Date): Promise<void> {
  await engine.setVariables(processInstanceId, vars({ [VAR.dispatchDue]: dispatchDue }));
  for (const job of await engine.jobs({ processInstanceId, activityId: ACTIVITY.dispatchOverdue, timers: true })) await engine.recalculateDueDate(job.id);
  for (const task of await engine.tasks({ processInstanceId, taskDefinitionKey: TASK.dispatchItem })) await engine.setTaskDue(task.id, dispatchDue);
}
