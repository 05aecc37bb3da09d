/**
 * `item_tally`: how many items there are per month of submission, status, channel, lead department and latest
 * 12345 follow-up, with what the dashboard and the assessment count of them (ADR 0021). The item store changes it in
 * each item's own transaction (core/items/item-tally.ts), so the year's figures are read from a few thousand rows
 * instead of a pass over the year's items, and the ledger's total from the same rows instead of COUNT(*).
 * A key column is never NULL (a primary key cannot hold one in MySQL): no department or no follow-up is ''.
 */
import type { DataSource } from 'typeorm';

/** The key columns, in the primary key's order. */
export const TALLY_KEY = ['month', 'status', 'channel', 'dept', 'evaluation'] as const;
/** The counted columns. */
export const TALLY_COUNTS = ['items', 'dispatched', 'dispatched_on_time', 'replied', 'replied_on_time', 'extended_items', 'extensions', 'rehandled', 'replied_late', 'replied_late_days'] as const;

export type TallyKey = Record<(typeof TALLY_KEY)[number], string>;
export type TallyCounts = Record<(typeof TALLY_COUNTS)[number], number>;

/**
 * The Shanghai calendar day of a datetime column (UTC in the database; China keeps no summer time), as SQL.
 * Used for the days a reply came late: whole Shanghai days from the deadline's day, at least 1 (core/items/overdue.ts).
 */
export const shanghaiDaySql = (mysql: boolean, column: string) => (mysql ? `DATE(DATE_ADD(${column}, INTERVAL 8 HOUR))` : `date(${column}, '+8 hours')`);
const daysBetweenSql = (mysql: boolean, from: string, to: string) => (mysql
  ? `DATEDIFF(${shanghaiDaySql(true, to)}, ${shanghaiDaySql(true, from)})`
  : `CAST(julianday(${shanghaiDaySql(false, to)}) - julianday(${shanghaiDaySql(false, from)}) AS INTEGER)`);

/** The SQL of each counted column over the rows of `item i`, the same conditions the item store applies to one item. */
const DISPATCHED = 'i.dispatched_at IS NOT NULL AND i.dispatch_due IS NOT NULL';
const REPLIED = 'i.replied_at IS NOT NULL AND i.handling_due IS NOT NULL';
const when = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
const LATE = `${REPLIED} AND i.replied_at > i.handling_due`;
const countedSql = (mysql: boolean): Record<(typeof TALLY_COUNTS)[number], string> => ({
  items: 'COUNT(*)',
  dispatched: when(DISPATCHED),
  dispatched_on_time: when(`${DISPATCHED} AND i.dispatched_at <= i.dispatch_due`),
  replied: when(REPLIED),
  replied_on_time: when(`${REPLIED} AND i.replied_at <= i.handling_due`),
  extended_items: when('i.extension_count > 0'),
  extensions: 'SUM(i.extension_count)',
  rehandled: 'SUM(i.rehandle_count)',
  replied_late: when(LATE),
  replied_late_days: `SUM(CASE WHEN ${LATE} THEN ${mysql ? 'GREATEST' : 'MAX'}(1, ${daysBetweenSql(mysql, 'i.handling_due', 'i.replied_at')}) ELSE 0 END)`,
});
const KEY_SQL: Record<(typeof TALLY_KEY)[number], string> = {
  month: 'SUBSTR(i.submitted_on, 1, 7)',
  status: 'i.status',
  channel: 'i.channel',
  dept: "COALESCE(i.lead_dept, '')",
  evaluation: "COALESCE(i.evaluation, '')",
};

/** The statement that counts every item into an empty tally (the migration, and a seed that wrote items directly). */
export function fillTallySql(mysql: boolean): string {
  const counted = countedSql(mysql);
  return `INSERT INTO item_tally (${[...TALLY_KEY, ...TALLY_COUNTS].join(', ')})
  SELECT ${[...TALLY_KEY.map((k) => KEY_SQL[k]), ...TALLY_COUNTS.map((c) => counted[c])].join(', ')}
  FROM item i GROUP BY ${TALLY_KEY.map((k) => KEY_SQL[k]).join(', ')}`;
}

const upsertSql = (mysql: boolean) => {
  const cols = [...TALLY_KEY, ...TALLY_COUNTS];
  const insert = `INSERT INTO item_tally (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
  const add = TALLY_COUNTS.map((c) => (mysql ? `${c} = ${c} + VALUES(${c})` : `${c} = ${c} + excluded.${c}`)).join(', ');
  return mysql ? `${insert} ON DUPLICATE KEY UPDATE ${add}` : `${insert} ON CONFLICT (${TALLY_KEY.join(', ')}) DO UPDATE SET ${add}`;
};
// spelled once per dialect: every change of an item writes one
const UPSERT = { mysql: upsertSql(true), sqlite: upsertSql(false) };

/**
 * The statement adding `delta` to the row of `key`, creating it when missing (a row whose counts fall to 0 stays:
 * it counts nothing). MySQL and SQLite spell the upsert differently.
 */
export function addToTallySql(mysql: boolean, key: TallyKey, delta: TallyCounts): [string, unknown[]] {
  return [mysql ? UPSERT.mysql : UPSERT.sqlite, [...TALLY_KEY.map((k) => key[k]), ...TALLY_COUNTS.map((c) => delta[c])]];
}

/**
 * Counts every item afresh: after a seed or a bench wrote items past the item store, or after items were restored
 * or edited in the database by hand (`npm run tally:refill`). One transaction: the table is never seen half-filled,
 * and on MySQL the fill's reading of the items holds off their changes until it is done.
 */
export async function refillTally(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('DELETE FROM item_tally');
    await tx.query(fillTallySql(db.options.type === 'mysql'));
  });
}
