/**
 * A datetime column as a plain query returns it: a Date from mysql2, SQLite's text in UTC without a zone
 * (`2026-11-20 02:00:00.000`, the way TypeORM writes it).
 */
export function rawInstant(v: Date | string): Date {
  return v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`);
}
