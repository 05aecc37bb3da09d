/** Comments and attachments on items (the inbox's 意见 and 附件), and form 2's 反馈情况. */
import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

export class CommentsAndAttachments1795200000000 implements MigrationInterface {
  name = 'CommentsAndAttachments1795200000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    const createdAt = { name: 'created_at', type: 'datetime', precision: 3, default: sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)' };
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    await q.createTable(new Table({
      name: 'item_comment',
      columns: [
        id,
        { name: 'entity_key', type: 'varchar', length: '40' },
        { name: 'task_id', type: 'varchar', length: '64', isNullable: true },
        { name: 'author', type: 'varchar', length: '64' },
        { name: 'body', type: 'text' },
        createdAt,
      ],
      indices: [new TableIndex({ name: 'ix_comment_entity', columnNames: ['entity_key'] })],
    }), true);
    await q.createTable(new Table({
      name: 'attachment',
      columns: [
        id,
        { name: 'entity_key', type: 'varchar', length: '40' },
        { name: 'task_id', type: 'varchar', length: '64', isNullable: true },
        { name: 'file_name', type: 'varchar', length: '200' },
        { name: 'content_type', type: 'varchar', length: '100' },
        { name: 'size', type: 'integer' },
        { name: 'sha256', type: 'varchar', length: '64' },
        { name: 'uploaded_by', type: 'varchar', length: '64' },
        createdAt,
      ],
      indices: [new TableIndex({ name: 'ix_attachment_entity', columnNames: ['entity_key'] })],
    }), true);
    await q.addColumn('handling_record', new TableColumn({ name: 'feedback', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('handling_record', 'feedback');
    await q.dropTable('attachment', true);
    await q.dropTable('item_comment', true);
  }
}
