/** An empty SQLite database with the migrations applied, and items in a chosen state: the commands' unit tests. */
import { retally } from '../../core/items/item-tally.js';
import type { DataSource, EntityManager } from 'typeorm';
import { openDatabase } from '../../db/data-source.js';
import { ActionLogEntity, DepartmentEntity, ItemEntity, type ActionLog, type Item } from '../../db/entities/index.js';
import { insertItem, loadItem, type ItemPatch } from '../../core/items/item-store.js';
import type { CommandContext } from '../../core/items/commands/context.js';

export const NOW = new Date('2026-11-20T10:00:00+08:00');

export async function memoryDb(url = 'sqlite::memory:'): Promise<DataSource> {
  const db = await openDatabase(url);
  await db.getRepository(DepartmentEntity).insert([{ code: 'dept-fgw', name: '发改委' }, { code: 'dept-scjg', name: '市场监管局' }]);
  return db;
}

let n = 0;
/** A submitted item, then moved straight to the fields given (as earlier steps would have left it). */
export async function givenItem(db: DataSource, patch: ItemPatch = {}): Promise<Item> {
  const itemNo = `QQT${String(++n).padStart(6, '0')}`;
  await db.transaction((tx) => insertItem(tx, {
    itemNo, channel: 'online', sourceRef: null, enterpriseName: '乌审旗某能源有限公司', personInCharge: '张三', phone: '13812345678',
    email: null, submittedOn: '2026-11-02', problem: '项目用地审批材料反复补正', suggestion: null, remarks: null,
    trackingCodeHash: 'x'.repeat(64), clientRequestId: null, processInstanceId: null, extensionCount: 0, rehandleCount: 0,
  }, 'test'));
  // the state is given as if the commands had led there: the row and its tally change, no log row is written
  if (Object.keys(patch).length) await db.transaction(async (tx) => {
    const before = await loadItem(tx, { itemNo });
    await tx.getRepository(ItemEntity).update({ itemNo }, patch);
    await retally(tx, before, { ...before, ...patch });
  });
  return loadItem(db.manager, { itemNo });
}

/** Runs a command as `actor` at NOW in one transaction, the way its callers do. */
export function run<T>(db: DataSource, fn: (c: CommandContext) => Promise<T>, actor = 'coordinator'): Promise<T> {
  return db.transaction((tx: EntityManager) => fn({ tx, actor, now: NOW }));
}

export function reload(db: DataSource, item: Item): Promise<Item> {
  return loadItem(db.manager, { id: item.id });
}

/** The item's action log after its submission, oldest first. */
export async function logOf(db: DataSource, item: Item): Promise<Pick<ActionLog, 'actor' | 'action'>[] & { after: unknown }[]> {
  const rows = await db.getRepository(ActionLogEntity).find({ where: { entityType: 'item', entityId: item.itemNo }, order: { id: 'ASC' } });
  return rows.filter((r) => r.action !== 'item.submitted').map((r) => ({ actor: r.actor, action: r.action, after: r.after ? JSON.parse(r.after) : null }));
}
