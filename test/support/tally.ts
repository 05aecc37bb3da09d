/** The item tally as it stands and as counting the items afresh gives it: the two must be equal. */
import type { DataSource } from 'typeorm';
import { fillTallySql, TALLY_COUNTS, TALLY_KEY } from '../../db/item-tally.js';

type Row = Record<string, string | number>;
interface Queryable { query(sql: string): Promise<unknown> }
const rowsOf = async (db: Queryable, table: string) => ((await db.query(`SELECT * FROM ${table} WHERE items <> 0`)) as Row[])
  .map((r) => [...TALLY_KEY.map((k) => String(r[k])), ...TALLY_COUNTS.map((c) => Number(r[c]))].join(' '))
  .sort();

/** The kept tally's rows that count something, and the rows a fresh count of the items gives, each as one line. */
export async function keptAndCounted(db: DataSource): Promise<{ kept: string[]; counted: string[] }> {
  // a temporary table lives on one connection: one query runner for all of it
  const runner = db.createQueryRunner();
  try {
    const kept = await rowsOf(runner, 'item_tally');
    await runner.query('CREATE TEMPORARY TABLE tally_check AS SELECT * FROM item_tally WHERE 1 = 0');
    await runner.query(fillTallySql(db.options.type === 'mysql').replace('INSERT INTO item_tally', 'INSERT INTO tally_check'));
    const counted = await rowsOf(runner, 'tally_check');
    await runner.query('DROP TABLE tally_check');
    return { kept, counted };
  } finally {
    await runner.release();
  }
}
