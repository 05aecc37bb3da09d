/** Spreadsheet imports of items from other channels: saved column mappings, jobs with progress, per-row errors. */
import { MigrationInterface, QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';

export class Imports1795300000000 implements MigrationInterface {
  name = 'Imports1795300000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    const now = sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)';
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    await q.createTable(new Table({
      name: 'column_mapping',
      columns: [
        id,
        { name: 'name', type: 'varchar', length: '100' },
        { name: 'channel', type: 'varchar', length: '32' },
        { name: 'columns', type: 'text' },
        { name: 'updated_by', type: 'varchar', length: '64' },
        { name: 'created_at', type: 'datetime', precision: 3, default: now },
      ],
      uniques: [new TableUnique({ name: 'uq_column_mapping_name', columnNames: ['name'] })],
    }), true);
    await q.createTable(new Table({
      name: 'import_job',
      columns: [
        id,
        { name: 'file_name', type: 'varchar', length: '200' },
        { name: 'stored_as', type: 'varchar', length: '100' },
        { name: 'channel', type: 'varchar', length: '32', isNullable: true },
        { name: 'columns', type: 'text', isNullable: true },
        { name: 'status', type: 'varchar', length: '16' },
        { name: 'total', type: 'integer', default: 0 },
        { name: 'done', type: 'integer', default: 0 },
        { name: 'created', type: 'integer', default: 0 },
        { name: 'failed', type: 'integer', default: 0 },
        { name: 'created_by', type: 'varchar', length: '64' },
        { name: 'created_at', type: 'datetime', precision: 3, default: now },
        { name: 'finished_at', type: 'datetime', precision: 3, isNullable: true },
      ],
    }), true);
    await q.createTable(new Table({
      name: 'import_row_error',
      columns: [
        id,
        { name: 'job_id', type: 'integer' },
        { name: 'row_no', type: 'integer' },
        { name: 'messages', type: 'text' },
      ],
      indices: [new TableIndex({ name: 'ix_import_row_error_job', columnNames: ['job_id', 'row_no'] })],
    }), true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('import_row_error', true);
    await q.dropTable('import_job', true);
    await q.dropTable('column_mapping', true);
  }
}
