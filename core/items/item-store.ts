/**
 * The only writer of an item's row. Every change writes the row and its action-log row in the caller's
 * transaction, so the ledger, the timeline and the assessment's replay of the log cannot disagree.
 */
import { noteEnterprise } from '../enterprises/directory.js';
import type { EntityManager } from 'typeorm';
import { ItemEntity, type Item } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { indexItem, searchedText } from '../search/item-search.js';
import { placeItem } from './item-dept-index.js';
import { retally } from './item-tally.js';
import { insertedId } from '../../db/inserted-id.js';
import type { ItemStatus } from './status.js';

/** What a command may change: any ledger field, the status only as one of ITEM_STATUS. */
export type ItemPatch = Partial<Omit<Item, 'id' | 'itemNo' | 'status' | 'createdAt' | 'updatedAt'>> & { status?: ItemStatus };

/** A new item as form 1 or an intake channel gives it (the store sets the status). */
export type NewItem = Omit<Item, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'enterpriseId' | 'mergedIntoId' | 'meetingId' | 'decision' | 'leadDept' | 'coDepts' | 'dispatchDue' | 'dispatchedAt' | 'handlingDue' | 'repliedAt' | 'reply' | 'evaluation' | 'reReviewDate' | 'publicProblem' | 'publicAnswer' | 'publishedAt' | 'closedAt'>;

export interface ActionOf {
  /** The action-log name, e.g. `item.replied`. */
  action: string;
  actor: string;
  /** What the log keeps of the change (the patch itself when absent). */
  after?: unknown;
}

/** Changes an item and logs it; `item` is updated in place so that the caller sees the new state. */
export async function changeItem(tx: EntityManager, item: Item, patch: ItemPatch, log: ActionOf): Promise<Item> {
  const before = Object.fromEntries(Object.keys(patch).map((k) => [k, item[k as keyof Item]]));
  if (Object.keys(patch).length) await tx.getRepository(ItemEntity).update({ id: item.id }, patch);
  if (patch.enterpriseName !== undefined || patch.problem !== undefined) await indexItem(tx, item.id, searchedText({ ...item, ...patch }));
  if (patch.leadDept !== undefined || patch.coDepts !== undefined) await placeItem(tx, item.id, patch.leadDept !== undefined ? patch.leadDept : item.leadDept, patch.coDepts !== undefined ? patch.coDepts : item.coDepts);
  await recordAction(tx, { actor: log.actor, action: log.action, entityType: 'item', entityId: item.itemNo, before, after: log.after ?? patch });
  // last: a tally row is shared by many items, so its lock is held for the shortest time
  await retally(tx, item, { ...item, ...patch });
  return Object.assign(item, patch);
}

/** Writes a new item in status `submitted`, with its `item.submitted` row. */
export async function insertItem(tx: EntityManager, row: NewItem, actor: string, enterprise: { creditCode?: string | null } = {}): Promise<void> {
  // The enterprise joins (or is found in) the directory in the same transaction as its item.
  const enterpriseId = await noteEnterprise(tx, { name: row.enterpriseName, creditCode: enterprise.creditCode, personInCharge: row.personInCharge, phone: row.phone });
  const id = insertedId(await tx.query(...insertItemSql(tx, { ...row, enterpriseId, status: 'submitted' satisfies ItemStatus })));
  await indexItem(tx, id, searchedText(row), true);
  await recordAction(tx, { actor, action: 'item.submitted', entityType: 'item', entityId: row.itemNo, after: { channel: row.channel, sourceRef: row.sourceRef, submittedOn: row.submittedOn } });
  await retally(tx, null, { ...row, status: 'submitted', leadDept: null, evaluation: null, dispatchDue: null, dispatchedAt: null, handlingDue: null, repliedAt: null });
}

/**
 * The plain INSERT of a new item's row, its columns named by the entity's own metadata. Plain SQL, not the query
 * builder: every intake writes one, and building it cost TypeORM more than the insert (docs/performance.md).
 * A new item's fields are text, numbers and nulls (no dates: the drivers would spell those differently). The
 * statement is built once per set of fields (every intake gives the same).
 */
const insertStatements = new WeakMap<object, Map<string, string>>();
function insertItemSql(tx: EntityManager, row: Record<string, unknown>): [string, unknown[]] {
  const meta = tx.connection.getMetadata(ItemEntity);
  const entries = Object.entries(row).filter(([, v]) => v !== undefined);
  const built = insertStatements.get(meta) ?? new Map<string, string>();
  insertStatements.set(meta, built);
  const fields = entries.map(([k]) => k).join(',');
  let sql = built.get(fields);
  if (!sql) {
    const columns = entries.map(([k]) => {
      const column = meta.findColumnWithPropertyName(k);
      if (!column) throw new Error(`a new item's ${k} has no column`);
      return column.databaseName;
    });
    sql = `INSERT INTO item (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    built.set(fields, sql);
  }
  const values = entries.map(([k, v]) => {
    if (v !== null && typeof v === 'object') throw new Error(`a new item's ${k} cannot be inserted as plain SQL`);
    return v;
  });
  return [sql, values];
}

/** The item to change, read inside the transaction; a missing item is a bug of the caller, not a user error. */
export async function loadItem(tx: EntityManager, where: { itemNo: string } | { id: number }): Promise<Item> {
  const item = await tx.getRepository(ItemEntity).findOneBy(where);
  if (!item) throw new Error(`item ${'itemNo' in where ? where.itemNo : `#${where.id}`} not found`);
  return item;
}

export async function loadItemOrNull(tx: EntityManager, where: { itemNo: string } | { id: number }): Promise<Item | null> {
  return tx.getRepository(ItemEntity).findOneBy(where);
}
