/** The id a plain `INSERT` gave its row: TypeORM passes on better-sqlite3's lastInsertRowid, and mysql2's result header. */
export function insertedId(result: unknown): number {
  if (typeof result === 'object' && result !== null && 'insertId' in result) return Number((result as { insertId: number | bigint }).insertId);
  if (typeof result === 'number' || typeof result === 'bigint') return Number(result);
  throw new Error('the INSERT answered no id');
}
