/**
 * The departments an item is with, one row each in `item_dept` (ADR 0018): the lead department and every
 * co-operating one. The item's row keeps `co_depts` as a comma list for display; filtering by department through
 * that list cannot use an index (LIKE '%,code,%'), so the ledger filters through this table instead.
 */

export type DeptRole = 'lead' | 'co';

/** The rows of an item with lead `lead` and comma list `coDepts`; a department once, as lead if it is both. */
export function deptRowsOf(lead: string | null | undefined, coDepts: string | null | undefined): { dept: string; role: DeptRole }[] {
  const out = new Map<string, DeptRole>();
  if (lead) out.set(lead, 'lead');
  for (const d of (coDepts ?? '').split(',').map((s) => s.trim()).filter(Boolean)) if (!out.has(d)) out.set(d, 'co');
  return [...out].map(([dept, role]) => ({ dept, role }));
}

/** The SQL and parameters inserting `rows` of items (`[itemId, lead, coDepts]`); null when there is no row to insert. */
export function insertDeptRowsSql(items: [itemId: number, lead: string | null | undefined, coDepts: string | null | undefined][]): [string, unknown[]] | null {
  const values = items.flatMap(([id, lead, co]) => deptRowsOf(lead, co).map((r) => [r.dept, id, r.role]));
  if (!values.length) return null;
  return [`INSERT INTO item_dept (dept_code, item_id, role) VALUES ${values.map(() => '(?, ?, ?)').join(', ')}`, values.flat()];
}
