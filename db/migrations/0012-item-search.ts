/**
 * The items' keyword index (db/search-grams.ts): FTS5 on SQLite; an InnoDB FULLTEXT index on MySQL and MariaDB (MariaDB has
 * no ngram parser: the app writes character pairs as words). Existing items are indexed here.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';
import { searchedText } from '../search-grams.js';

export class ItemSearch1796100000000 implements MigrationInterface {
  name = 'ItemSearch1796100000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql';
    if (mysql) {
      await q.query('CREATE TABLE item_search (item_id int NOT NULL PRIMARY KEY, grams mediumtext NOT NULL, FULLTEXT KEY ft_item_search_grams (grams)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci');
    } else {
      // unicode61 keeps a CJK pair with its prefix letter as one token, as InnoDB's parser does
      await q.query("CREATE VIRTUAL TABLE item_search USING fts5(grams, tokenize = 'unicode61')");
    }
    for (let after = 0; ;) {
      const rows = (await q.query('SELECT id, item_no, enterprise_name, problem FROM item WHERE id > ? ORDER BY id LIMIT 1000', [after])) as { id: number; item_no: string; enterprise_name: string; problem: string }[];
      if (!rows.length) break;
      for (const r of rows) {
        const grams = searchedText({ itemNo: r.item_no, enterpriseName: r.enterprise_name, problem: r.problem });
        await q.query(mysql ? 'INSERT INTO item_search (item_id, grams) VALUES (?, ?)' : 'INSERT INTO item_search (rowid, grams) VALUES (?, ?)', [r.id, grams]);
      }
      after = rows[rows.length - 1].id;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS item_search');
  }
}
