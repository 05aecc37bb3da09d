/** 企业名录: industry and chamber of an enterprise, and its credit code unique (several entries may have none). */
import { MigrationInterface, QueryRunner, TableColumn, TableUnique } from 'typeorm';

export class EnterpriseDirectory1795800000000 implements MigrationInterface {
  name = 'EnterpriseDirectory1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('enterprise', [
      new TableColumn({ name: 'industry', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'chamber', type: 'varchar', length: '100', isNullable: true }),
    ]);
    await q.createUniqueConstraint('enterprise', new TableUnique({ name: 'uq_enterprise_credit_code', columnNames: ['credit_code'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropUniqueConstraint('enterprise', 'uq_enterprise_credit_code');
    await q.dropColumn('enterprise', 'chamber');
    await q.dropColumn('enterprise', 'industry');
  }
}
