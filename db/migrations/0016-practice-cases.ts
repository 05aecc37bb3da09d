/** 典型做法: cases coordinators write from published items, drafts until published (docs/decisions/0019). */
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class PracticeCases1796500000000 implements MigrationInterface {
  name = 'PracticeCases1796500000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.createTable(new Table({
      name: 'practice_case',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'title', type: 'varchar', length: '120' },
        { name: 'body', type: 'text' },
        { name: 'item_nos', type: 'varchar', length: '1000' },
        { name: 'status', type: 'varchar', length: '16' },
        { name: 'author', type: 'varchar', length: '64' },
        { name: 'published_at', type: 'datetime', precision: 3, isNullable: true },
        { name: 'created_at', type: 'datetime', precision: 3, default: sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)' },
        { name: 'updated_at', type: 'datetime', precision: 3, isNullable: true },
      ],
    }), true);
    await q.createIndex('practice_case', new TableIndex({ name: 'ix_practice_case_status', columnNames: ['status', 'published_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('practice_case', true);
  }
}
