/** 涉企问题工作台账: the ledger with filters and server-side paging, limited to what the actor may see. */
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { ItemEntity, CHANNELS, type Item } from '../../db/entities/index.js';
import { ITEM_STATUS, statusList } from '../../core/items/status.js';
import { overdueDays } from '../../core/items/overdue.js';
import { departmentsOf, seesAllItems, type Actor } from '../auth/actor.js';
import { z } from '../validation.js';
import type { AppDeps } from '../deps.js';
import { keywordCondition } from '../../core/search/item-search.js';
import { countItemsWith, deptCondition } from '../../core/items/item-dept-index.js';
import { countAllItems } from '../../core/items/item-tally.js';

export const ledgerQuerySchema = z.object({
  status: z.enum(ITEM_STATUS).optional(),
  channel: z.enum(CHANNELS).optional(),
  dept: z.string().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

export type LedgerFilter = Omit<LedgerQuery, 'page' | 'pageSize'>;

/** The ledger's rows the actor may see, filtered; null when the actor sees none (a user without a department). */
export async function ledgerRows(deps: AppDeps, actor: Actor, q: LedgerFilter): Promise<SelectQueryBuilder<Item> | null> {
  const now = deps.clock();
  const qb = deps.db.getRepository(ItemEntity).createQueryBuilder('i');
  if (!seesAllItems(actor)) {
    const depts = departmentsOf(actor);
    if (depts.length === 0) return null;
    const mine = deptCondition('i', depts, 'mine');
    qb.andWhere(mine.sql, mine.params);
  }
  if (q.status) qb.andWhere('i.status = :status', { status: q.status });
  if (q.channel) qb.andWhere('i.channel = :channel', { channel: q.channel });
  if (q.dept) {
    const of = deptCondition('i', [q.dept], 'dept');
    qb.andWhere(of.sql, of.params);
  }
  if (q.overdue === 'true') {
    qb.andWhere(new Brackets((w) => w
      .where('(i.status IN (:...open) AND i.handling_due < :now)', { open: statusList('inHandling'), now })
      .orWhere('(i.status = :ad AND i.dispatch_due < :now)', { ad: 'awaitingDispatch', now })));
  }
  if (q.q) {
    // The full-text index finds the few items holding the keyword's character pairs; the exact text is checked on
    // those (a keyword of one character has no pair and is matched plainly, within the other filters).
    const fts = await keywordCondition(deps.db.manager, 'i', q.q);
    if (fts) qb.andWhere(fts.sql, fts.params);
    // '!' escapes % and _ (a backslash means different things in MySQL's and SQLite's string literals)
    const kw = `%${q.q.replace(/[!%_]/g, (c) => `!${c}`)}%`;
    qb.andWhere(new Brackets((w) => w.where("i.item_no LIKE :kw ESCAPE '!'", { kw }).orWhere("i.enterprise_name LIKE :kw ESCAPE '!'").orWhere("i.problem LIKE :kw ESCAPE '!'")));
  }
  return qb.orderBy('i.id', 'DESC');
}

export async function queryLedger(deps: AppDeps, actor: Actor, q: LedgerQuery) {
  const now = deps.clock();
  const qb = await ledgerRows(deps, actor, q);
  if (!qb) return { total: 0, page: q.page, pageSize: q.pageSize, items: [] };
  qb.skip((q.page - 1) * q.pageSize).take(q.pageSize);
  const [rows, total] = await Promise.all([qb.getMany(), countLedger(deps, actor, q, qb)]);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((i) => ({
      itemNo: i.itemNo,
      channel: i.channel,
      sourceRef: i.sourceRef,
      enterpriseName: i.enterpriseName,
      problem: i.problem.slice(0, 200),
      status: i.status,
      decision: i.decision,
      leadDept: i.leadDept,
      coDepts: i.coDepts ? i.coDepts.split(',') : [],
      dispatchDue: i.dispatchDue,
      handlingDue: i.handlingDue,
      extensionCount: i.extensionCount,
      overdueDays: overdueDays(i.status, i.handlingDue, now),
      submittedOn: i.submittedOn,
    })),
  };
}

/**
 * The ledger's total by the cheapest count that is exact: all items from the tally the item store keeps (COUNT(*) of
 * a million InnoDB rows is 0.1 s), a department's from the item–department index, anything else by the query.
 */
async function countLedger(deps: AppDeps, actor: Actor, q: LedgerFilter, qb: SelectQueryBuilder<Item>): Promise<number> {
  if (seesAllItems(actor) && !q.status && !q.channel && !q.dept && q.overdue !== 'true' && !q.q) return countAllItems(deps.db.manager);
  const depts = onlyDepartments(actor, q);
  return depts ? countItemsWith(deps.db.manager, depts) : qb.getCount();
}

/**
 * The departments a ledger is filtered by when nothing else filters it — a department user's own ledger, or the
 * filter by one department — so that its total is counted on the item–department index; null otherwise.
 */
function onlyDepartments(actor: Actor, q: LedgerFilter): string[] | null {
  if (q.status || q.channel || q.overdue === 'true' || q.q) return null;
  if (seesAllItems(actor)) return q.dept ? [q.dept] : null;
  const mine = departmentsOf(actor);
  if (!q.dept) return mine;
  return mine.includes(q.dept) ? [q.dept] : null;
}
