/**
 * The annual assessment's counts taken by the database (./year-groups.ts) instead of reading a year's
 * items into the app: a city's year is a hundred thousand items (docs/performance.md). An item is judged by its
 * latest 12345 follow-up and its re-handlings, which the item store keeps on the item's row with each follow-up
 * (core/items/commands/evaluate.ts), so the follow-up records need not be joined. Replies that came late are in the
 * tally with their days; only the items still open past their deadline are counted at the request, grouped by the
 * day of the deadline, the way the ledger counts their days. The same counts as
 * tallyFacts(factsFromLedger(…)) and as the replay of the action log (test/assessment.test.ts,
 * core/assessment/ledger-tally.test.ts).
 */
import type { EntityManager } from 'typeorm';
import { ItemEntity } from '../../db/entities/index.js';
import { statusList } from '../items/status.js';
import { daysLateFromDay } from '../items/overdue.js';
import { isoDate } from '../calendar/dates.js';
import { shanghaiDaySql } from '../../db/item-tally.js';
import type { DepartmentTally } from './score.js';
import { reached, satisfied, yearGroups, yearRange, type YearGroup } from './year-groups.js';

/** The tally of `year`; `groups` when the caller has them already (the dashboard), else read here. */
export async function tallyLedger(tx: EntityManager, year: number, now: Date, groups?: YearGroup[]): Promise<DepartmentTally[]> {
  const tallies = new Map<string, DepartmentTally>();
  for (const g of groups ?? (await yearGroups(tx, year))) {
    if (!g.dept) continue;
    let t = tallies.get(g.dept);
    if (!t) tallies.set(g.dept, (t = { dept: g.dept, items: 0, dispatched: 0, dispatchedOnTime: 0, replied: 0, repliedOnTime: 0, extendedItems: 0, extensions: 0, overdueItems: 0, overdueDays: 0, evaluated: 0, satisfied: 0, rehandled: 0 }));
    for (const k of ['items', 'dispatched', 'dispatchedOnTime', 'replied', 'repliedOnTime', 'extendedItems', 'extensions', 'rehandled'] as const) t[k] += g[k];
    t.overdueItems += g.repliedLate;
    t.overdueDays += g.repliedLateDays;
    // judged by its latest follow-up; 联系不上 reached nobody
    if (reached(g.evaluation)) t.evaluated += g.items;
    if (satisfied(g.evaluation)) t.satisfied += g.items;
  }
  // Late items: those replied late are counted in the tally; those still open past their deadline grow later each
  // day, so they are counted now — by department and the Shanghai day of their deadline, a few hundred groups.
  const mysql = tx.connection.options.type === 'mysql';
  const dueDay = shanghaiDaySql(mysql, 'i.handling_due');
  // MariaDB, left to itself, reads them through the status index and each row (1 s at a million items); the
  // year's covering index answers from the index alone (40 ms). The hint is MySQL's only.
  const open = await tx.getRepository(ItemEntity).createQueryBuilder('i').useIndex('ix_item_year_counts')
    .select('i.lead_dept', 'dept').addSelect(dueDay, 'day').addSelect('COUNT(*)', 'n')
    .where('i.status IN (:...open)', { open: statusList('underDeadline') })
    .andWhere('i.handling_due < :now', { now })
    .andWhere('i.replied_at IS NULL')
    .andWhere('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .andWhere('i.lead_dept IS NOT NULL')
    .groupBy('i.lead_dept').addGroupBy(dueDay)
    .getRawMany<{ dept: string; day: string | Date; n: number | string }>();
  for (const l of open) {
    const t = tallies.get(l.dept);
    if (!t) continue;
    t.overdueItems += Number(l.n);
    t.overdueDays += Number(l.n) * daysLateFromDay(l.day instanceof Date ? isoDate(l.day) : String(l.day).slice(0, 10), now);
  }
  return [...tallies.values()];
}
