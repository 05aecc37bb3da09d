/** The bureau's own wording of notices to enterprises (the defaults live in code). */
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class NoticeTemplates1795400000000 implements MigrationInterface {
  name = 'NoticeTemplates1795400000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.createTable(new Table({
      name: 'notice_template',
      columns: [
        { name: 'notice', type: 'varchar', length: '32', isPrimary: true },
        { name: 'subject', type: 'varchar', length: '200' },
        { name: 'body', type: 'text' },
        { name: 'updated_by', type: 'varchar', length: '64' },
        { name: 'updated_at', type: 'datetime', precision: 3, default: sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)' },
      ],
    }), true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notice_template', true);
  }
}
