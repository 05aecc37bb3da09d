/**
 * MySQL/MariaDB may pick a transaction as a deadlock victim and roll it back whole; running it again is the
 * documented remedy. Use cases make their engine call as the transaction's last step, after every statement that
 * can deadlock, so a retried transaction has not reached the engine yet.
 */
import type { DataSource } from 'typeorm';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

export function retryDeadlocks(ds: DataSource, attempts = 3): void {
  const original = ds.transaction.bind(ds) as (...args: unknown[]) => Promise<unknown>;
  (ds as { transaction: unknown }).transaction = async (...args: unknown[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(...args);
      } catch (e) {
        const code = (e as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt));
      }
    }
  };
}
