import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ExtensionRequestEntity, HandlingRecordEntity } from '../../../db/entities/index.js';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { recordHandling } from './reply.js';

const form2 = { content: '已协调办理', contact: '李四', phone: '04778888888', taskId: 't1' };

describe('a department’s form 2', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('from a cooperator is kept for the lead department and leaves the item in handling', async () => {
    const item = await givenItem(db, { status: 'handling', rehandleCount: 1 });
    await run(db, (c) => recordHandling(c, item, { ...form2, deptCode: 'dept-scjg', role: 'cooperator' }), 'scjg');
    expect((await reload(db, item)).status).toBe('handling');
    expect(await db.getRepository(HandlingRecordEntity).findBy({ itemId: item.id })).toEqual([expect.objectContaining({ deptCode: 'dept-scjg', role: 'cooperator', round: 2, submittedBy: 'scjg' })]);
    expect(await logOf(db, item)).toEqual([{ actor: 'scjg', action: 'item.opinionSent', after: { dept: 'dept-scjg', round: 2 } }]);
  });

  it('from the lead department is the reply, to be reviewed (not yet answered), and its phone stays out of the log', async () => {
    const item = await givenItem(db, { status: 'handling', repliedAt: new Date('2026-11-01T00:00:00Z') });
    await run(db, (c) => recordHandling(c, item, { ...form2, taskId: 't2', deptCode: 'dept-fgw', role: 'lead' }), 'fgw');
    expect(await reload(db, item)).toMatchObject({ status: 'reviewing', reply: '已协调办理', repliedAt: null });
    expect(JSON.stringify(await logOf(db, item))).not.toContain('04778888888');
  });

  it('from the lead department withdraws an extension request still waiting, in the log', async () => {
    const item = await givenItem(db, { status: 'handling', leadDept: 'dept-fgw' });
    const { id } = (await db.getRepository(ExtensionRequestEntity).insert({ itemId: item.id, deptCode: 'dept-fgw', requestedBy: 'fgw', reason: '会签', days: 5, status: 'pending' })).identifiers[0];
    await run(db, (c) => recordHandling(c, item, { ...form2, taskId: 't3', deptCode: 'dept-fgw', role: 'lead' }), 'fgw');
    expect(await db.getRepository(ExtensionRequestEntity).findOneByOrFail({ id })).toMatchObject({ status: 'withdrawn', decidedBy: 'fgw' });
    expect(await logOf(db, item)).toContainEqual({ actor: 'fgw', action: 'extension.withdrawn', after: { requestId: id, note: 'replied' } });
  });
});
