/**
 * SQLite through TypeORM's better-sqlite3 driver has one connection and one query runner for the whole process:
 * two transactions started concurrently would nest (the second becomes a SAVEPOINT of the first) and commit or roll
 * back together. This makes `transaction()` take turns. Writes are only ever made inside `transaction()`.
 */
import type { DataSource, EntityManager } from 'typeorm';

export function serializeTransactions(ds: DataSource): void {
  const original = ds.transaction.bind(ds) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  const serialized = (...args: unknown[]) => {
    const run = tail.then(() => original(...args));
    // The next transaction waits for this one to settle, whatever its outcome.
    tail = run.catch(() => undefined);
    return run;
  };
  (ds as { transaction: unknown }).transaction = serialized;
}

export type Tx = EntityManager;
