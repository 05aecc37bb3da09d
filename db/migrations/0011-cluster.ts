/**
 * What several app instances share instead of keeping it in memory: the public form's rate windows and used
 * human-check tokens, and the lease of the instance running an import (with the row it got to).
 */
import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

export class Cluster1796000000000 implements MigrationInterface {
  name = 'Cluster1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'rate_window',
      columns: [
        { name: 'bucket', type: 'varchar', length: '120', isPrimary: true },
        { name: 'window_start', type: 'bigint' },
        { name: 'hits', type: 'int', default: 0 },
      ],
    }), true);
    await q.createTable(new Table({
      name: 'human_check_use',
      columns: [
        { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
        { name: 'submission', type: 'varchar', length: '128' },
        { name: 'expires_at', type: 'bigint' },
      ],
    }), true);
    await q.addColumns('import_job', [
      new TableColumn({ name: 'claimed_by', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'lease_until', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'rows_read', type: 'int', default: 0 }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['rows_read', 'lease_until', 'claimed_by']) await q.dropColumn('import_job', c);
    await q.dropTable('human_check_use', true);
    await q.dropTable('rate_window', true);
  }
}
