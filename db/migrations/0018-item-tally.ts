/**
 * `item_tally` (db/item-tally.ts, ADR 0021): the year's figures and the ledger's total kept by the item store
 * instead of counted over the items at each request. Existing items are counted in, in one statement.
 */
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { fillTallySql, TALLY_COUNTS } from '../item-tally.js';

export class ItemTally1796700000000 implements MigrationInterface {
  name = 'ItemTally1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'item_tally',
      columns: [
        { name: 'month', type: 'varchar', length: '7', isPrimary: true },
        { name: 'status', type: 'varchar', length: '32', isPrimary: true },
        { name: 'channel', type: 'varchar', length: '32', isPrimary: true },
        { name: 'dept', type: 'varchar', length: '64', isPrimary: true },
        { name: 'evaluation', type: 'varchar', length: '16', isPrimary: true },
        ...TALLY_COUNTS.map((name) => ({ name, type: 'int', default: 0 })),
      ],
    }), true);
    await q.query(fillTallySql(q.connection.options.type === 'mysql'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('item_tally', true);
  }
}
