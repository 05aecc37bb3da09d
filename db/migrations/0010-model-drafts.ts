/** Designers' drafts on the server (one per designer and file); a BPMN file outgrows MySQL's 64 KB TEXT. */
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

export class ModelDrafts1795900000000 implements MigrationInterface {
  name = 'ModelDrafts1795900000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.createTable(new Table({
      name: 'model_draft',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'owner', type: 'varchar', length: '64' },
        { name: 'file_name', type: 'varchar', length: '120' },
        { name: 'content', type: sqlite ? 'text' : 'mediumtext' },
        { name: 'base_deployment_id', type: 'varchar', length: '64', isNullable: true },
        { name: 'created_at', type: 'datetime', precision: 3, default: sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)' },
        { name: 'updated_at', type: 'datetime', precision: 3, isNullable: true },
      ],
    }), true);
    await q.createIndex('model_draft', new TableIndex({ name: 'uq_model_draft_owner_file', columnNames: ['owner', 'file_name'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('model_draft', true);
  }
}
