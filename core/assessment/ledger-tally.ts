/**
 * The annual assessment's counts taken by the database (./year-groups.ts) instead of reading a year's
 * items into the app: a city's year is a hundred thousand items (docs/performance.md). An item is judged by its
 * latest 12345 follow-up and its re-handlings, which the item store keeps on the item's row with each follow-up
 * (core/items/commands/evaluate.ts), so the follow-up records need not be joined. Only the items that are late are read, to count their Shanghai days late the way the ledger does. The same counts as
 * tallyFacts(factsFromLedger(…)) and as the replay of the action log (test/assessment.test.ts,
 * core/assessment/ledger-tally.test.ts).
 */
import type { EntityManager } from 'typeorm';
import { ItemEntity } from '../../db/entities/index.js';
import { statusList } from '../items/status.js';
import { daysLate } from '../items/overdue.js';
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
    // judged by its latest follow-up; 联系不上 reached nobody
    if (reached(g.evaluation)) t.evaluated += g.items;
    if (satisfied(g.evaluation)) t.satisfied += g.items;
  }
  const items = tx.getRepository(ItemEntity).createQueryBuilder('i')
    .where('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .andWhere('i.lead_dept IS NOT NULL');
  const late = await items.clone()
    .select(['i.lead_dept AS dept', 'i.handling_due AS due', 'i.replied_at AS replied'])
    .andWhere('i.handling_due IS NOT NULL')
    .andWhere(`((i.replied_at IS NOT NULL AND i.replied_at > i.handling_due) OR (i.replied_at IS NULL AND i.status IN (:...open) AND i.handling_due < :now))`, { open: statusList('underDeadline'), now })
    .getRawMany<{ dept: string; due: string | Date; replied: string | Date | null }>();
  for (const l of late) {
    const t = tallies.get(l.dept)!;
    t.overdueItems++;
    t.overdueDays += daysLate(instant(l.due), l.replied ? instant(l.replied) : now);
  }
  return [...tallies.values()];
}

/** A raw datetime: a Date from mysql2; SQLite's text is UTC without a zone. */
function instant(v: string | Date): Date {
  return v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`);
}
