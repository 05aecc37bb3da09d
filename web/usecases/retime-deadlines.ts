/**
 * 放假通知录入后重算时限: once a year's notice is entered, every item still waiting for a limit that counts working
 * days in or around that year — the dispatch limit, the ladder's 提醒 / 通报 / 督办 — is timed again on the new
 * calendar. Only what changes is touched: the running timers are re-evaluated, the dispatch task's due date moves,
 * and each change is in the item's action log (its timeline). The handling deadline itself counts calendar days
 * and does not move.
 */
import { And, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { ActionLogEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import { LADDER_TIMER, VAR } from '../../core/contract.js';
import { fromEngineDate, isoDate } from '../../core/calendar/dates.js';
import { retimeDispatchDue, recordLadderRetimed } from '../../core/items/commands/deadlines.js';
import { statusList } from '../../core/items/status.js';
import { workingDaysDeadline, handlingSchedule, retimeDispatch, retimeLadder } from '../../core/supervision/schedule.js';
import type { AppDeps } from '../deps.js';

export interface RetimeResult {
  dispatch: string[];
  ladder: string[];
  failed: string[];
}

/** Limits that end within this margin of the year can count working days of it. */
const MARGIN_DAYS = 60;

export async function retimeAfterNotice(deps: AppDeps, actor: string, year: number): Promise<RetimeResult> {
  const from = new Date(Date.parse(`${year}-01-01T00:00:00+08:00`) - MARGIN_DAYS * 86400000);
  const to = new Date(Date.parse(`${year}-12-31T23:59:59+08:00`) + MARGIN_DAYS * 86400000);
  const items = deps.db.getRepository(ItemEntity);
  const result: RetimeResult = { dispatch: [], ladder: [], failed: [] };
  const reason = `${year}年放假通知`;

  for (const item of await items.find({ where: { status: 'awaitingDispatch', dispatchDue: And(MoreThanOrEqual(from), LessThanOrEqual(to)) } })) {
    await each(deps, item, result, async () => {
      const basis = await dispatchBasis(deps, item);
      const { due: dispatchDue } = workingDaysDeadline(await deps.calendar.get(), basis.from, basis.workingDays);
      if (dispatchDue.getTime() === item.dispatchDue?.getTime()) return;
      await retimeDispatch(deps.engine, item.processInstanceId!, dispatchDue);
      await deps.db.transaction((tx) => retimeDispatchDue({ tx, actor, now: deps.clock() }, item, dispatchDue, reason));
      result.dispatch.push(item.itemNo);
    });
  }

  for (const item of await items.find({ where: { status: In(statusList('inHandling')), handlingDue: And(MoreThanOrEqual(from), LessThanOrEqual(to)) } })) {
    await each(deps, item, result, async () => {
      const { variables } = await handlingSchedule(deps.db.manager, deps.calendar, isoDate(item.handlingDue!));
      const names = Object.values(LADDER_TIMER).map((t) => t.variable).filter((v) => v !== VAR.handlingDue);
      const current = await deps.engine.someVariables(item.processInstanceId!, names);
      const changed = names.filter((n) => !current[n]?.value || fromEngineDate(String(current[n].value)).getTime() !== variables[n].getTime());
      if (!changed.length) return;
      await retimeLadder(deps.engine, item.processInstanceId!, variables);
      await deps.db.transaction((tx) => recordLadderRetimed({ tx, actor, now: deps.clock() }, item, Object.fromEntries(changed.map((n) => [n, variables[n]])), reason));
      result.ladder.push(item.itemNo);
    });
  }
  return result;
}

/** One item's re-timing; a failure is logged and reported, and entering the notice again retries it. */
async function each(deps: AppDeps, item: Item, result: RetimeResult, fn: () => Promise<void>) {
  try {
    if (!item.processInstanceId) return;
    await fn();
  } catch (e) {
    deps.log.warn('re-timing after a holiday notice failed', { itemNo: item.itemNo, error: (e as Error).message });
    result.failed.push(item.itemNo);
  }
}

/** The day and working days the item's dispatch limit counts from, as its computation recorded them. */
async function dispatchBasis(deps: AppDeps, item: Item): Promise<{ from: string; workingDays: number }> {
  const row = await deps.db.getRepository(ActionLogEntity).findOne({ where: { entityType: 'item', entityId: item.itemNo, action: 'item.dispatchDueSet' }, order: { id: 'DESC' } });
  const after = row?.after ? (JSON.parse(row.after) as { dispatchFrom?: string; workingDays?: number }) : {};
  if (after.dispatchFrom && after.workingDays) return { from: after.dispatchFrom, workingDays: after.workingDays };
  // Limits computed before the basis was logged: the model counts 1 working day from the return or the meeting.
  const v = await deps.engine.someVariables(item.processInstanceId!, [VAR.returnedOn, VAR.meetingDate]);
  return { from: String(v[VAR.returnedOn]?.value ?? v[VAR.meetingDate]?.value), workingDays: 1 };
}
