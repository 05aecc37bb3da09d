/** Group-robot webhooks (WeCom, DingTalk) per group, and a delivery time for notices that wait for working hours. */
import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex, TableUnique } from 'typeorm';

export class WebhooksAndQuietHours1795100000000 implements MigrationInterface {
  name = 'WebhooksAndQuietHours1795100000000';

  async up(q: QueryRunner): Promise<void> {
    const sqlite = q.connection.options.type === 'better-sqlite3';
    await q.addColumn('notification', new TableColumn({ name: 'scheduled_at', type: 'datetime', precision: 3, isNullable: true }));
    await q.createIndex('notification', new TableIndex({ name: 'ix_notification_due', columnNames: ['status', 'scheduled_at'] }));
    await q.createTable(new Table({
      name: 'notification_webhook',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'group_code', type: 'varchar', length: '64' },
        { name: 'kind', type: 'varchar', length: '16' },
        { name: 'url', type: 'varchar', length: '500' },
        { name: 'secret', type: 'varchar', length: '200', isNullable: true },
        { name: 'enabled', type: 'boolean', default: true },
        { name: 'created_at', type: 'datetime', precision: 3, default: sqlite ? "(strftime('%Y-%m-%d %H:%M:%f','now'))" : 'CURRENT_TIMESTAMP(3)' },
      ],
      uniques: [new TableUnique({ name: 'uq_webhook_group_url', columnNames: ['group_code', 'url'] })],
    }), true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notification_webhook', true);
    await q.dropIndex('notification', 'ix_notification_due');
    await q.dropColumn('notification', 'scheduled_at');
  }
}
