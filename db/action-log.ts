/** Writes the who-did-what row every state change leaves behind, inside the change's own transaction. */
import type { EntityManager } from 'typeorm';
import { ActionLogEntity } from './entities/index.js';

export interface ActionEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export async function recordAction(tx: EntityManager, e: ActionEntry): Promise<void> {
  // updateEntity(false): nothing reads the new row back, so TypeORM need not select its generated columns.
  await tx.createQueryBuilder().insert().into(ActionLogEntity).updateEntity(false).values({
    actor: e.actor,
    action: e.action,
    entityType: e.entityType,
    entityId: String(e.entityId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
  }).execute();
}
