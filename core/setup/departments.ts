/**
 * Departments are the engine's groups of type DEPARTMENT (administered in Operaton Admin); the department table
 * mirrors their codes and names for the ledger's joins and the public pages.
 */
import type { DataSource } from 'typeorm';
import { DepartmentEntity } from '../../db/entities/index.js';
import { DEPARTMENT_GROUP_TYPE } from '../contract.js';
import type { EngineClient } from '../engine/engine-client.js';

/** Mirrors the engine's departments; run by every app instance at start (a race lost to another is run again). */
export async function syncDepartments(db: DataSource, engine: EngineClient): Promise<number> {
  const groups = await engine.groups({ type: DEPARTMENT_GROUP_TYPE });
  const sync = () => db.transaction(async (tx) => {
    const repo = tx.getRepository(DepartmentEntity);
    for (const g of groups) {
      const existing = await repo.findOneBy({ code: g.id });
      if (!existing) await repo.insert({ code: g.id, name: g.name });
      else if (existing.name !== g.name) await repo.update({ id: existing.id }, { name: g.name });
    }
  });
  // Another instance inserting the same department first breaks this transaction's insert; the second run finds it.
  await sync().catch(() => sync());
  return groups.length;
}
