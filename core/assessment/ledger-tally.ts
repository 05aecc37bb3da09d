/**
 * The annual assessment's counts taken by the database (GROUP BY per lead department) instead of reading a year's
 * items into the app: a city's year is a hundred thousand items (docs/performance.md). Only the items that are
 * late are read, to count their Shanghai days late the way the ledger does. The same counts as
 * tallyFacts(factsFromLedger(…)) and as the replay of the action log (test/assessment.test.ts,
 * core/assessment/ledger-tally.test.ts).
 */
import type { EntityManager } from 'typeorm';
import { EvaluationEntity, ItemEntity } from '../../db/entities/index.js';
import { statusList } from '../items/status.js';
import { daysLate } from '../items/overdue.js';
import type { DepartmentTally } from './score.js';

const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
/** 1 when the condition holds: SUM() of it counts the rows, in SQLite and MySQL alike. */
const when = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
const DISPATCHED = 'i.dispatched_at IS NOT NULL AND i.dispatch_due IS NOT NULL';
const REPLIED = 'i.replied_at IS NOT NULL AND i.handling_due IS NOT NULL';

export async function tallyLedger(tx: EntityManager, year: number, now: Date): Promise<DepartmentTally[]> {
  const items = tx.getRepository(ItemEntity).createQueryBuilder('i')
    .where('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .andWhere('i.lead_dept IS NOT NULL');
  const counts = await items.clone()
    .select('i.lead_dept', 'dept')
    .addSelect('COUNT(*)', 'items')
    .addSelect(when(DISPATCHED), 'dispatched')
    .addSelect(when(`${DISPATCHED} AND i.dispatched_at <= i.dispatch_due`), 'dispatchedOnTime')
    .addSelect(when(REPLIED), 'replied')
    .addSelect(when(`${REPLIED} AND i.replied_at <= i.handling_due`), 'repliedOnTime')
    .addSelect(when('i.extension_count > 0'), 'extendedItems')
    .addSelect('SUM(i.extension_count)', 'extensions')
    .groupBy('i.lead_dept')
    .getRawMany<Record<string, string | number>>();
  const late = await items.clone()
    .select(['i.lead_dept AS dept', 'i.handling_due AS due', 'i.replied_at AS replied'])
    .andWhere('i.handling_due IS NOT NULL')
    .andWhere(`((i.replied_at IS NOT NULL AND i.replied_at > i.handling_due) OR (i.replied_at IS NULL AND i.status IN (:...open) AND i.handling_due < :now))`, { open: statusList('underDeadline'), now })
    .getRawMany<{ dept: string; due: string | Date; replied: string | Date | null }>();
  // Per department and result: the follow-ups, and those that are their item's latest (what the item is judged by).
  const followups = await tx.getRepository(EvaluationEntity).createQueryBuilder('e')
    .innerJoin(ItemEntity.options.name, 'i', 'i.id = e.item_id')
    .select('i.lead_dept', 'dept').addSelect('e.result', 'result').addSelect('COUNT(*)', 'n')
    .addSelect(when("e.id = (SELECT MAX(e2.id) FROM evaluation e2 WHERE e2.item_id = e.item_id AND e2.source = 'followup')"), 'latest')
    .where("e.source = 'followup'")
    .andWhere('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .andWhere('i.lead_dept IS NOT NULL')
    .groupBy('i.lead_dept').addGroupBy('e.result')
    .getRawMany<{ dept: string; result: string; n: string | number; latest: string | number }>();

  const tallies = new Map<string, DepartmentTally>(counts.map((c) => [String(c.dept), {
    dept: String(c.dept),
    items: Number(c.items),
    dispatched: Number(c.dispatched),
    dispatchedOnTime: Number(c.dispatchedOnTime),
    replied: Number(c.replied),
    repliedOnTime: Number(c.repliedOnTime),
    extendedItems: Number(c.extendedItems),
    extensions: Number(c.extensions),
    overdueItems: 0,
    overdueDays: 0,
    evaluated: 0,
    satisfied: 0,
    rehandled: 0,
  }]));
  for (const l of late) {
    const t = tallies.get(l.dept)!;
    t.overdueItems++;
    t.overdueDays += daysLate(instant(l.due), l.replied ? instant(l.replied) : now);
  }
  for (const f of followups) {
    const t = tallies.get(f.dept)!;
    if (f.result === 'unsatisfied') t.rehandled += Number(f.n);
    if (f.result === 'unreachable') continue;
    t.evaluated += Number(f.latest);
    if (f.result === 'satisfied' || f.result === 'basic') t.satisfied += Number(f.latest);
  }
  return [...tallies.values()];
}

/** A raw datetime: a Date from mysql2; SQLite's text is UTC without a zone. */
function instant(v: string | Date): Date {
  return v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`);
}
