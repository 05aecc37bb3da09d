/**
 * Departments are the engine's groups of type DEPARTMENT (administered in Operaton Admin); the department table
 * mirrors their codes and names for the ledger's joins and the public pages.
 */
import type { DataSource } from 'typeorm';
import { DepartmentEntity } from '../../db/entities/index.js';
import { DEPARTMENT_GROUP_TYPE } from '../contract.js';
import type { EngineClient } from '../engine/engine-client.js';

export async function syncDepartments(db: DataSource, engine: EngineClient): Promise<number> {
  const groups = await engine.groups({ type: DEPARTMENT_GROUP_TYPE });
  await db.transaction(async (tx) => {
    const repo = tx.getRepository(DepartmentEntity);
    for (const g of groups) {
      const existing = await repo.findOneBy({ code: g.id });
      if (!existing) await repo.insert({ code: g.id, name: g.name });
      else if (existing.name !== g.name) await repo.update({ id: existing.id }, { name: g.name });
    }
  });
  return groups.length;
}
