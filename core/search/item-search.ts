/**
 * The items' keyword index (item_search: an FTS5 table on SQLite, an InnoDB FULLTEXT index on MySQL/MariaDB),
 * written by the item store in the item's own transaction, and the condition the ledger filters with.
 */
import type { EntityManager } from 'typeorm';
import { keywordGrams } from '../../db/search-grams.js';
import { rarestGrams } from './gram-sample.js';

export { searchedText } from '../../db/search-grams.js';

const isMysql = (tx: EntityManager) => tx.connection.options.type === 'mysql';

/** Writes an item's keywords; `isNew`: the item was inserted in this transaction, so it has no entry to replace. */
export async function indexItem(tx: EntityManager, itemId: number, grams: string, isNew = false): Promise<void> {
  if (isMysql(tx)) {
    await tx.query('INSERT INTO item_search (item_id, grams) VALUES (?, ?) ON DUPLICATE KEY UPDATE grams = VALUES(grams)', [itemId, grams]);
  } else {
    // FTS5 has no upsert
    if (!isNew) await tx.query('DELETE FROM item_search WHERE rowid = ?', [itemId]);
    await tx.query('INSERT INTO item_search (rowid, grams) VALUES (?, ?)', [itemId, grams]);
  }
}

/**
 * The SQL condition on `alias.id` for items holding the keyword's character pairs, with its parameters; null when
 * the keyword has no pair (one character), which the caller matches plainly. On MySQL only the rarest pairs are
 * asked for (./gram-sample.ts): the condition finds a few more items than hold the keyword, so the caller checks
 * the keyword itself on them.
 */
export async function keywordCondition(tx: EntityManager, alias: string, keyword: string): Promise<{ sql: string; params: Record<string, string> } | null> {
  const grams = keywordGrams(keyword);
  if (!grams.length) return null;
  if (isMysql(tx)) {
    const asked = await rarestGrams(tx, grams);
    return { sql: `${alias}.id IN (SELECT item_id FROM item_search WHERE MATCH(grams) AGAINST (:ftsQuery IN BOOLEAN MODE))`, params: { ftsQuery: asked.map((g) => `+${g}`).join(' ') } };
  }
  return { sql: `${alias}.id IN (SELECT rowid FROM item_search WHERE item_search MATCH :ftsQuery)`, params: { ftsQuery: grams.map((g) => `"${g}"`).join(' AND ') } };
}
