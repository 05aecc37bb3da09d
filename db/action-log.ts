/** Writes the who-did-what row every state change leaves behind, inside the change's own transaction. */
import type { EntityManager } from 'typeorm';

export interface ActionEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/**
 * Plain SQL, not the query builder: every state change writes one, and building the statement cost TypeORM three
 * times what the insert costs (docs/performance.md). `before` is a keyword in MySQL: backticks quote in both dialects.
 */
export async function recordAction(tx: EntityManager, e: ActionEntry): Promise<void> {
  await tx.query('INSERT INTO action_log (actor, action, entity_type, entity_id, `before`, `after`) VALUES (?, ?, ?, ?, ?, ?)', [
    e.actor,
    e.action,
    e.entityType,
    String(e.entityId),
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  ]);
}
