/**
 * Keeps `item_tally` (db/item-tally.ts, ADR 0021) in step with the items: the item store calls `retally` with an
 * item as it was and as it is, in the item's own transaction, so the dashboard, the assessment and the ledger's
 * total never disagree with the rows. What an item counts for is decided here, item by item, by the same
 * conditions the tally's fill statement applies in SQL (a test holds the two equal).
 */
import type { EntityManager } from 'typeorm';
import type { Item } from '../../db/entities/index.js';
import { daysLate } from './overdue.js';
import { rawInstant } from '../../db/raw-instant.js';
import { addToTallySql, TALLY_COUNTS, TALLY_KEY, type TallyCounts, type TallyKey } from '../../db/item-tally.js';

/** The fields of an item the tally reads. */
export type Tallied = Pick<Item, 'submittedOn' | 'status' | 'channel' | 'leadDept' | 'evaluation' | 'dispatchDue' | 'dispatchedAt' | 'handlingDue' | 'repliedAt' | 'extensionCount' | 'rehandleCount'>;

const time = (v: Date | string) => rawInstant(v).getTime();
const onTime = (done: Date | null, due: Date | null) => (done !== null && due !== null && time(done) <= time(due) ? 1 : 0);

export function tallyKeyOf(item: Tallied): TallyKey {
  return { month: item.submittedOn.slice(0, 7), status: item.status, channel: item.channel, dept: item.leadDept ?? '', evaluation: item.evaluation ?? '' };
}

export function tallyCountsOf(item: Tallied): TallyCounts {
  // a reply after its deadline, and by how many Shanghai days (fixed once replied, unlike an open item's)
  const late = item.repliedAt !== null && item.handlingDue !== null && time(item.repliedAt) > time(item.handlingDue) ? daysLate(rawInstant(item.handlingDue), rawInstant(item.repliedAt)) : null;
  return {
    items: 1,
    dispatched: item.dispatchedAt !== null && item.dispatchDue !== null ? 1 : 0,
    dispatched_on_time: onTime(item.dispatchedAt, item.dispatchDue),
    replied: item.repliedAt !== null && item.handlingDue !== null ? 1 : 0,
    replied_on_time: onTime(item.repliedAt, item.handlingDue),
    extended_items: item.extensionCount > 0 ? 1 : 0,
    extensions: item.extensionCount,
    rehandled: item.rehandleCount,
    replied_late: late === null ? 0 : 1,
    replied_late_days: late ?? 0,
  };
}

const keyString = (k: TallyKey) => TALLY_KEY.map((c) => k[c]).join('\u0000');
const scaled = (c: TallyCounts, by: number) => Object.fromEntries(TALLY_COUNTS.map((k) => [k, c[k] * by])) as TallyCounts;

/**
 * Moves `before` (null for a new item) out of the tally and `after` into it. Nothing is written when the item
 * counts the same; the two rows are written in key order, so that two transactions moving items between the
 * same two rows in opposite directions lock them in one order (no deadlock on MySQL).
 */
export async function retally(tx: EntityManager, before: Tallied | null, after: Tallied): Promise<void> {
  const changes = new Map<string, { key: TallyKey; delta: TallyCounts }>();
  const add = (item: Tallied, sign: number) => {
    const key = tallyKeyOf(item);
    const ks = keyString(key);
    const counts = scaled(tallyCountsOf(item), sign);
    const had = changes.get(ks);
    changes.set(ks, { key, delta: had ? (Object.fromEntries(TALLY_COUNTS.map((c) => [c, had.delta[c] + counts[c]])) as TallyCounts) : counts });
  };
  if (before) add(before, -1);
  add(after, 1);
  const mysql = tx.connection.options.type === 'mysql';
  for (const [, { key, delta }] of [...changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (TALLY_COUNTS.every((c) => delta[c] === 0)) continue;
    await tx.query(...addToTallySql(mysql, key, delta));
  }
}

/** How many items there are, from the tally (a few thousand rows) rather than the items. */
export async function countAllItems(tx: EntityManager): Promise<number> {
  const [row] = await tx.query<{ n: number | string }[]>('SELECT COALESCE(SUM(items), 0) AS n FROM item_tally');
  return Number(row.n);
}
