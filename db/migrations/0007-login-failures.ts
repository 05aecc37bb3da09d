/** Failed sign-ins per user as the app saw them, so that it can say how long the engine's login delay lasts. */
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class LoginFailures1795600000000 implements MigrationInterface {
  name = 'LoginFailures1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'login_failure',
      columns: [
        { name: 'user_id', type: 'varchar', length: '64', isPrimary: true },
        { name: 'failures', type: 'int', default: 0 },
        { name: 'locked_until', type: 'datetime', precision: 3 },
      ],
    }), true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('login_failure', true);
  }
}
