/**
 * Keeps `item_dept` (db/item-depts.ts) in step with an item's lead and co-operating departments; the item store
 * calls it in the item's own transaction, so the ledger's department filter never disagrees with the row.
 */
import type { EntityManager } from 'typeorm';
import { insertDeptRowsSql } from '../../db/item-depts.js';

export async function placeItem(tx: EntityManager, itemId: number, leadDept: string | null | undefined, coDepts: string | null | undefined): Promise<void> {
  await tx.query('DELETE FROM item_dept WHERE item_id = ?', [itemId]);
  const insert = insertDeptRowsSql([[itemId, leadDept, coDepts]]);
  if (insert) await tx.query(...insert);
}

/**
 * The SQL condition on `alias.id` for items with any of `depts` (lead or co-operating), with its parameters;
 * `key` names the parameter, so that two conditions can sit in one query.
 */
export function deptCondition(alias: string, depts: string[], key: string): { sql: string; params: Record<string, string[]> } {
  return { sql: `${alias}.id IN (SELECT d.item_id FROM item_dept d WHERE d.dept_code IN (:...${key}))`, params: { [key]: depts } };
}

/**
 * How many items are with any of `depts`, counted on the table's own index (a department is with a quarter of a
 * million items at scale; counting them through the item rows took 0.3 s on SQLite, this 7 ms).
 */
export async function countItemsWith(tx: EntityManager, depts: string[]): Promise<number> {
  if (!depts.length) return 0;
  const [row] = await tx.query<{ n: number | string }[]>(`SELECT ${depts.length === 1 ? 'COUNT(*)' : 'COUNT(DISTINCT item_id)'} AS n FROM item_dept WHERE dept_code IN (${depts.map(() => '?').join(', ')})`, depts);
  return Number(row.n);
}
