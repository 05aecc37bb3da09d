/**
 * Indexes for a ledger of a million items (docs/performance.md): the ledger's filters (each index ends in the
 * primary key, so a filter's rows come in the ledger's id order), a year's items for the dashboard and the
 * assessment, the public results by publication, Open311's window by creation, and the deadlines that make an item
 * overdue.
 */
import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const INDEXES: [name: string, columns: string[]][] = [
  ['ix_item_channel', ['channel']],
  ['ix_item_submitted_on', ['submitted_on']],
  ['ix_item_status_published_at', ['status', 'published_at']],
  ['ix_item_created_at', ['created_at']],
  ['ix_item_status_handling_due', ['status', 'handling_due']],
  ['ix_item_status_dispatch_due', ['status', 'dispatch_due']],
];

export class ScaleIndexes1796200000000 implements MigrationInterface {
  name = 'ScaleIndexes1796200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, columnNames] of INDEXES) await q.createIndex('item', new TableIndex({ name, columnNames }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.dropIndex('item', name);
  }
}
