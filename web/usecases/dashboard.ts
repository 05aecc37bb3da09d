/**
 * 督查看板: the supervisor's figures — items by status and channel, on-time dispatch and reply rates, overdue
 * items ranked by days (长期挂号、久拖不决), extensions, satisfaction, quarterly meeting compliance and the
 * department ranking (the annual assessment's order and figures).
 */
import { In, LessThan } from 'typeorm';
import { DepartmentEntity, ItemEntity, MeetingEntity, SupervisionEntity } from '../../db/entities/index.js';
import { GROUP } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { followupsOfYear, itemsOfYear, type CountedItem } from './ledger.js';
import { overdueDays } from '../../core/items/overdue.js';
import { quarterEnded, quartersOf } from '../../core/calendar/quarter.js';
import { statusList } from '../../core/items/status.js';
import { factsFromLedger } from '../../core/assessment/facts.js';
import { assess } from '../../core/assessment/score.js';

const OVERDUE_LISTED = 100;
const rate = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 10);

export async function dashboard(deps: AppDeps, actor: Actor, year: number) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const now = deps.clock();
  // Only the year's items, and the open ones past their deadline (of any year): not the whole history.
  const inYear = await itemsOfYear(deps, year);
  const lateOpen = await deps.db.getRepository(ItemEntity).find({
    select: { id: true, itemNo: true, enterpriseName: true, leadDept: true, status: true, handlingDue: true },
    where: { status: In(statusList('underDeadline')), handlingDue: LessThan(now) },
  });
  /** Items per key; items without one (no department: answered on the spot, explained, not yet decided) under `none`. */
  const count = (key: (i: CountedItem) => string | null) => {
    const out: Record<string, number> = {};
    for (const i of inYear) { const k = key(i) ?? 'none'; out[k] = (out[k] ?? 0) + 1; }
    return out;
  };
  const dispatched = inYear.filter((i) => i.dispatchedAt && i.dispatchDue);
  const replied = inYear.filter((i) => i.repliedAt && i.handlingDue);
  const deptOfItem = new Map(inYear.map((i) => [i.id, i.leadDept]));
  const followups = await followupsOfYear(deps, year);
  const evaluations = followups.filter((e) => deptOfItem.has(e.itemId));
  const reached = evaluations.filter((e) => e.result !== 'unreachable');
  const overdue = lateOpen
    .map((i) => ({ itemNo: i.itemNo, enterpriseName: i.enterpriseName, leadDept: i.leadDept, status: i.status, days: overdueDays(i.status, i.handlingDue, now) }))
    .filter((o) => o.days > 0)
    .sort((a, b) => b.days - a.days);
  // The ranking is the annual assessment itself (core/assessment/score.ts): the board and the report cannot disagree.
  const names = new Map((await deps.db.getRepository(DepartmentEntity).find()).map((d) => [d.code, d.name]));
  const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  const ranking = assess(factsFromLedger(inYear, followups), year, now).map((a) => ({
    dept: a.dept,
    name: names.get(a.dept) ?? a.dept,
    items: a.items,
    onTimeReplyRate: percent(a.replyRate),
    satisfactionRate: percent(a.satisfactionRate),
    overdue: a.overdueItems,
    extensions: a.extensions,
    score: a.score,
  }));
  const meetings = await deps.db.getRepository(MeetingEntity).findBy({ status: 'held' });
  const today = isoDate(now);
  const quarters = quartersOf(year).map((q) => {
    const held = meetings.filter((m) => m.quarterKey === q.key && m.kind === 'dialogue').length;
    return { quarter: q.key, held, compliant: held >= 1, ended: quarterEnded(q, today) };
  });
  const supervisions = await deps.db.getRepository(SupervisionEntity).createQueryBuilder('s')
    .select('s.level', 'level').addSelect('COUNT(*)', 'n').groupBy('s.level').getRawMany<{ level: string; n: number | string }>();
  return {
    year,
    total: inYear.length,
    byStatus: count((i) => i.status),
    byChannel: count((i) => i.channel),
    byDepartment: count((i) => i.leadDept),
    byMonth: count((i) => i.submittedOn.slice(0, 7)),
    onTimeDispatchRate: rate(dispatched.filter((i) => i.dispatchedAt! <= i.dispatchDue!).length, dispatched.length),
    onTimeReplyRate: rate(replied.filter((i) => i.repliedAt! <= i.handlingDue!).length, replied.length),
    satisfactionRate: rate(reached.filter((e) => e.result === 'satisfied' || e.result === 'basic').length, reached.length),
    extensions: inYear.reduce((s, i) => s + i.extensionCount, 0),
    // The longest-overdue first; the page shows the top of the list, the ledger the rest.
    overdue: overdue.slice(0, OVERDUE_LISTED),
    overdueTotal: overdue.length,
    quarters,
    supervisionsByLevel: Object.fromEntries(supervisions.map((s) => [s.level, Number(s.n)])),
    ranking,
  };
}
