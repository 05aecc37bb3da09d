/**
 * `item_dept`: one row per item and department it is with (lead or co-operating), keyed by department first, so that
 * the ledger's department filter and a department user's ledger read an index range (ADR 0018). Existing items are
 * entered here.
 */
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { insertDeptRowsSql } from '../item-depts.js';

export class ItemDepts1796300000000 implements MigrationInterface {
  name = 'ItemDepts1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'item_dept',
      columns: [
        { name: 'dept_code', type: 'varchar', length: '64', isPrimary: true },
        { name: 'item_id', type: 'int', isPrimary: true },
        { name: 'role', type: 'varchar', length: '8' },
      ],
    }), true);
    await q.createIndex('item_dept', new TableIndex({ name: 'ix_item_dept_item', columnNames: ['item_id'] }));
    for (let after = 0; ;) {
      const rows = (await q.query('SELECT id, lead_dept, co_depts FROM item WHERE id > ? AND lead_dept IS NOT NULL ORDER BY id LIMIT 1000', [after])) as { id: number; lead_dept: string; co_depts: string | null }[];
      if (!rows.length) break;
      const insert = insertDeptRowsSql(rows.map((r) => [r.id, r.lead_dept, r.co_depts]));
      if (insert) await q.query(...insert);
      after = rows[rows.length - 1].id;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('item_dept', true);
  }
}
