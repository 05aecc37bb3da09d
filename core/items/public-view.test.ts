import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, memoryDb } from '../../test/support/item-fixtures.js';
import { publicViews } from './public-view.js';

describe('the public view of an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('masks the contact and personal data written in the texts, and names the departments', async () => {
    const item = await givenItem(db, {
      status: 'published', leadDept: 'dept-fgw', coDepts: 'dept-scjg',
      problem: '联系人手机 +86 151-7434-7702，身份证150626199001011234，邮箱 zhang.san@example.com',
      reply: '已电话（０４７７）８５１２３４５告知',
    });
    const [v] = await publicViews(db.manager, [item]);
    expect(v).toMatchObject({ personInCharge: '张*', phone: '138****5678', leadDept: '发改委', coDepts: ['市场监管局'], open: false, statusLabel: '已办结并公开' });
    expect(v.problem).toBe('联系人手机 151****7702，身份证1506**********1234，邮箱 z***@example.com');
    expect(v.answer).toBe('已电话0477-****345告知');
  });

  it('shows no answer before the enterprise may read it', async () => {
    const item = await givenItem(db, { status: 'reviewing', reply: '待审核的答复' });
    const [v] = await publicViews(db.manager, [item]);
    expect(v).toMatchObject({ answer: null, open: true });
  });

  it('shows the text a coordinator approved for publication, masked all the same, instead of the original', async () => {
    const item = await givenItem(db, {
      status: 'published', problem: '企业配方成本每吨1200元，能否申请补贴？', reply: '成本每吨1200元符合条件',
      publicProblem: '企业咨询能否申请技改补贴，联系电话13912345678', publicAnswer: '符合条件，可申请',
    });
    const [v] = await publicViews(db.manager, [item]);
    expect([v.problem, v.answer]).toEqual(['企业咨询能否申请技改补贴，联系电话139****5678', '符合条件，可申请']);
  });
});

