/**
 * A year's items (by submission date) in groups of status, channel, lead department, month and latest follow-up,
 * with what the dashboard and the assessment count of each group: the year's rows of `item_tally`, which the item
 * store keeps (core/items/item-tally.ts, ADR 0021) — a few thousand rows for a hundred thousand items. The callers
 * sum the groups up (web/usecases/dashboard-counts.ts, ./ledger-tally.ts), so the board and the assessment agree.
 */
import type { EntityManager } from 'typeorm';
import { TALLY_COUNTS } from '../../db/item-tally.js';

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
  /** Items replied after their deadline, and the Shanghai days they were late in all. */
  repliedLate: number;
  repliedLateDays: number;
}

/** A follow-up that reached the enterprise (联系不上 did not). */
export const reached = (result: string | null) => result !== null && result !== 'unreachable';
/** 满意 or 基本满意. */
export const satisfied = (result: string | null) => result === 'satisfied' || result === 'basic';
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
/** A tally column's name as a group's field: dispatched_on_time → dispatchedOnTime. */
const field = (column: string) => column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

export async function yearGroups(tx: EntityManager, year: number): Promise<YearGroup[]> {
  const rows = await tx.query<Record<string, string | number>[]>(
    `SELECT month, status, channel, dept, evaluation, ${TALLY_COUNTS.join(', ')} FROM item_tally WHERE month BETWEEN ? AND ? AND items > 0`,
    [`${year}-01`, `${year}-12`],
  );
  // MySQL may answer integers as strings; '' is the tally's "none"
  return rows.map((r) => ({
    status: String(r.status), channel: String(r.channel), dept: r.dept === '' ? null : String(r.dept), month: String(r.month), evaluation: r.evaluation === '' ? null : String(r.evaluation),
    ...Object.fromEntries(TALLY_COUNTS.map((c) => [field(c), Number(r[c])])) as Omit<YearGroup, 'status' | 'channel' | 'dept' | 'month' | 'evaluation'>,
  }));
}
