/**
 * One pass of the database over a year's items (by submission date), grouped by status, channel, lead department,
 * month and latest follow-up, with what the dashboard and the assessment count of each group. It reads the covering index of
 * migration 0015 only; the few hundred groups are summed up by the callers (web/usecases/dashboard-counts.ts,
 * ./ledger-tally.ts), so that the board and the assessment count one scan.
 */
import type { EntityManager } from 'typeorm';
import { ItemEntity } from '../../db/entities/index.js';

export interface YearGroup {
  status: string;
  channel: string;
  dept: string | null;
  /** YYYY-MM */
  month: string;
  /** The latest 12345 follow-up's result (item.evaluation, written with the follow-up), null before one. */
  evaluation: string | null;
  items: number;
  dispatched: number;
  dispatchedOnTime: number;
  replied: number;
  repliedOnTime: number;
  extendedItems: number;
  extensions: number;
  /** Unsatisfied follow-ups that sent the group's items back (item.rehandle_count). */
  rehandled: number;
}

/** 1 when the condition holds: SUM() of it counts the rows, in SQLite and MySQL alike. */
export const countWhen = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
/** A follow-up that reached the enterprise (联系不上 did not). */
export const reached = (result: string | null) => result !== null && result !== 'unreachable';
/** 满意 or 基本满意. */
export const satisfied = (result: string | null) => result === 'satisfied' || result === 'basic';
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const DISPATCHED = 'i.dispatched_at IS NOT NULL AND i.dispatch_due IS NOT NULL';
const REPLIED = 'i.replied_at IS NOT NULL AND i.handling_due IS NOT NULL';
const COUNTS = ['items', 'dispatched', 'dispatchedOnTime', 'replied', 'repliedOnTime', 'extendedItems', 'extensions', 'rehandled'] as const;

export async function yearGroups(tx: EntityManager, year: number): Promise<YearGroup[]> {
  const month = 'SUBSTR(i.submitted_on, 1, 7)';
  const rows = await tx.getRepository(ItemEntity).createQueryBuilder('i')
    .select('i.status', 'status').addSelect('i.channel', 'channel').addSelect('i.lead_dept', 'dept').addSelect(month, 'month').addSelect('i.evaluation', 'evaluation')
    .addSelect('COUNT(*)', 'items')
    .addSelect(countWhen(DISPATCHED), 'dispatched')
    .addSelect(countWhen(`${DISPATCHED} AND i.dispatched_at <= i.dispatch_due`), 'dispatchedOnTime')
    .addSelect(countWhen(REPLIED), 'replied')
    .addSelect(countWhen(`${REPLIED} AND i.replied_at <= i.handling_due`), 'repliedOnTime')
    .addSelect(countWhen('i.extension_count > 0'), 'extendedItems')
    .addSelect('SUM(i.extension_count)', 'extensions')
    .addSelect('SUM(i.rehandle_count)', 'rehandled')
    .where('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .groupBy('i.status').addGroupBy('i.channel').addGroupBy('i.lead_dept').addGroupBy(month).addGroupBy('i.evaluation')
    .getRawMany<Record<string, string | number | null>>();
  // MySQL answers SUM()s as decimal strings
  return rows.map((r) => ({
    status: String(r.status), channel: String(r.channel), dept: r.dept === null ? null : String(r.dept), month: String(r.month), evaluation: r.evaluation === null ? null : String(r.evaluation),
    ...Object.fromEntries(COUNTS.map((k) => [k, Number(r[k] ?? 0)])) as Record<(typeof COUNTS)[number], number>,
  }));
}
