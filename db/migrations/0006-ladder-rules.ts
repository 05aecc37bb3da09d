/** The bureau's own rules for the supervision ladder's steps (the defaults live in core/supervision/ladder.ts). */
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class LadderRules1795500000000 implements MigrationInterface {
  name = 'LadderRules1795500000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.createTable(new Table({
      name: 'ladder_rule',
      columns: [
        { name: 'level', type: 'varchar', length: '16', isPrimary: true },
        { name: 'enabled', type: 'boolean', default: true },
        { name: 'working_days', type: 'int' },
        { name: 'recipients', type: 'varchar', length: '200' },
        { name: 'updated_by', type: 'varchar', length: '64' },
        { name: 'updated_at', type: 'datetime', precision: 3, default: sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)' },
      ],
    }), true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('ladder_rule', true);
  }
}
