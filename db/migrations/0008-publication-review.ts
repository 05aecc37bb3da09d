/** 审核公开内容: the problem and the answer as the coordinator approved them for publication. */
import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

export class PublicationReview1795700000000 implements MigrationInterface {
  name = 'PublicationReview1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('item', [
      new TableColumn({ name: 'public_problem', type: 'text', isNullable: true }),
      new TableColumn({ name: 'public_answer', type: 'text', isNullable: true }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('item', 'public_answer');
    await q.dropColumn('item', 'public_problem');
  }
}
