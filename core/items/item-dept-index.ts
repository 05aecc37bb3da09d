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
