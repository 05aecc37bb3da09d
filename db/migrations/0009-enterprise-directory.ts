/** 企业名录: industry and chamber of an enterprise, and its credit code unique (several entries may have none). */
import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

export class EnterpriseDirectory1795800000000 implements MigrationInterface {
  name = 'EnterpriseDirectory1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('enterprise', [
      new TableColumn({ name: 'industry', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'chamber', type: 'varchar', length: '100', isNullable: true }),
    ]);
    // a unique index, not a constraint: MySQL/MariaDB have no separate unique constraints in TypeORM's sense
    await q.createIndex('enterprise', new TableIndex({ name: 'uq_enterprise_credit_code', columnNames: ['credit_code'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('enterprise', 'uq_enterprise_credit_code');
    await q.dropColumn('enterprise', 'chamber');
    await q.dropColumn('enterprise', 'industry');
  }
}
