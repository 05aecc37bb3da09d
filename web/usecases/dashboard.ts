/**
 * 督查看板: the supervisor's figures — items by status and channel, on-time dispatch and reply rates, overdue
 * items ranked by days (长期挂号、久拖不决), extensions, satisfaction, quarterly meeting compliance and the
 * department ranking (the annual assessment's order and figures).
 */
import { DepartmentEntity, ItemEntity, MeetingEntity, SupervisionEntity } from '../../db/entities/index.js';
import { GROUP } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { overdueDays } from '../../core/items/overdue.js';
import { quarterEnded, quartersOf } from '../../core/calendar/quarter.js';
import { statusList } from '../../core/items/status.js';
import { scoreTallies } from '../../core/assessment/score.js';
import { tallyLedger } from '../../core/assessment/ledger-tally.js';
import { yearCounts } from './dashboard-counts.js';
import { yearGroups } from '../../core/assessment/year-groups.js';

const OVERDUE_LISTED = 100;

export async function dashboard(deps: AppDeps, actor: Actor, year: number) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const now = deps.clock();
  // The year's counts from the database, and the open items past their deadline (of any year): not the whole history.
  const groups = await yearGroups(deps.db.manager, year);
  const counts = yearCounts(groups);
  // Days overdue grow as the deadline lies further back: the longest-overdue are the earliest deadlines.
  // MariaDB, left to itself, reads the list through an index of status alone and sorts 20 000 rows at a million
  // items (1 s); the deadline index gives them in 20 ms. The hint is MySQL's only (TypeORM leaves it out elsewhere).
  const late = () => deps.db.getRepository(ItemEntity).createQueryBuilder('i').useIndex('ix_item_overdue')
    .where('i.status IN (:...open)', { open: statusList('underDeadline') })
    .andWhere('i.handling_due < :now', { now });
  const overdueTotal = await late().getCount();
  const overdue = (await late().select(['i.id', 'i.itemNo', 'i.enterpriseName', 'i.leadDept', 'i.status', 'i.handlingDue']).orderBy('i.handling_due', 'ASC').addOrderBy('i.id', 'ASC').limit(OVERDUE_LISTED).getMany())
    .map((i) => ({ itemNo: i.itemNo, enterpriseName: i.enterpriseName, leadDept: i.leadDept, status: i.status, days: overdueDays(i.status, i.handlingDue, now) }));
  // The ranking is the annual assessment itself (core/assessment/score.ts): the board and the report cannot disagree.
  const names = new Map((await deps.db.getRepository(DepartmentEntity).find()).map((d) => [d.code, d.name]));
  const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  const ranking = scoreTallies(await tallyLedger(deps.db.manager, year, now, groups)).map((a) => ({
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
    ...counts,
    // The longest-overdue first; the page shows the top of the list, the ledger the rest.
    overdue,
    overdueTotal,
    quarters,
    supervisionsByLevel: Object.fromEntries(supervisions.map((s) => [s.level, Number(s.n)])),
    ranking,
  };
}
