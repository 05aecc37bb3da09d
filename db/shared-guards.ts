/**
 * The public form's guards kept in the database, so that every app instance behind the proxy sees the same
 * counts and the same used tokens. One statement each, atomic on SQLite and MySQL/MariaDB alike.
 */
import type { DataSource } from 'typeorm';

const mysql = (db: DataSource) => db.options.type === 'mysql';

/** Counts one hit of `bucket` in the window starting at `windowStart` (ms); answers the hits in that window. */
export async function countHit(db: DataSource, bucket: string, windowStart: number): Promise<number> {
  await db.query(mysql(db)
    // MySQL assigns left to right: hits is computed against the old window_start.
    ? 'INSERT INTO rate_window (bucket, window_start, hits) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE hits = IF(window_start = VALUES(window_start), hits + 1, 1), window_start = VALUES(window_start)'
    : 'INSERT INTO rate_window (bucket, window_start, hits) VALUES (?, ?, 1) ON CONFLICT(bucket) DO UPDATE SET hits = CASE WHEN rate_window.window_start = excluded.window_start THEN rate_window.hits + 1 ELSE 1 END, window_start = excluded.window_start',
  [bucket, windowStart]);
  const [row] = await db.query<{ hits: number | string }[]>('SELECT hits FROM rate_window WHERE bucket = ?', [bucket]);
  return Number(row?.hits ?? 1);
}

/** Windows that ended before `before` (ms) are of no use any more. */
export async function pruneWindows(db: DataSource, before: number): Promise<void> {
  await db.query('DELETE FROM rate_window WHERE window_start < ?', [before]);
}

/** Marks a token used by `submission` unless it already is; answers the submission it is marked for. */
export async function claimToken(db: DataSource, tokenHash: string, submission: string, expiresAt: number): Promise<string> {
  await db.query(`INSERT ${mysql(db) ? 'IGNORE' : 'OR IGNORE'} INTO human_check_use (token_hash, submission, expires_at) VALUES (?, ?, ?)`, [tokenHash, submission, expiresAt]);
  const [row] = await db.query<{ submission: string }[]>('SELECT submission FROM human_check_use WHERE token_hash = ?', [tokenHash]);
  return row?.submission ?? submission;
}

export async function pruneTokens(db: DataSource, now: number): Promise<void> {
  await db.query('DELETE FROM human_check_use WHERE expires_at < ?', [now]);
}
