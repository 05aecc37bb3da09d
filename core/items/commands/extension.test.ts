import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ExtensionRequestEntity } from '../../../db/entities/index.js';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { applyExtension, decideExtension, loadExtension, refuseExtension, requestExtension } from './extension.js';
import { WORKER_ACTOR } from './context.js';

describe('extending an item’s deadline', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('is asked by the lead department while handling, one request at a time', async () => {
    const item = await givenItem(db, { status: 'handling', leadDept: 'dept-fgw' });
    await expect(run(db, (c) => requestExtension(c, item, { actorDepts: ['dept-scjg'], reason: '需现场核查', days: 5 }))).rejects.toMatchObject({ status: 403 });
    const id = await run(db, (c) => requestExtension(c, item, { actorDepts: ['dept-fgw'], reason: '需现场核查', days: 5 }), 'fgw');
    await expect(run(db, (c) => requestExtension(c, item, { actorDepts: ['dept-fgw'], reason: '再延', days: 5 }))).rejects.toMatchObject({ code: 'EXTENSION_PENDING' });
    expect(await loadExtension({ tx: db.manager }, id)).toMatchObject({ status: 'pending', deptCode: 'dept-fgw', requestedBy: 'fgw', days: 5 });
    const replied = await givenItem(db, { status: 'replied', leadDept: 'dept-fgw' });
    await expect(run(db, (c) => requestExtension(c, replied, { actorDepts: ['dept-fgw'], reason: 'x', days: 1 }))).rejects.toMatchObject({ code: 'ITEM_NOT_IN_HANDLING' });
  });

  it('once approved moves the deadline and the count, logged for the assessment', async () => {
    const oldDue = new Date('2026-11-27T15:59:59Z');
    const item = await givenItem(db, { status: 'handling', leadDept: 'dept-fgw', handlingDue: oldDue });
    const id = await run(db, (c) => requestExtension(c, item, { actorDepts: ['dept-fgw'], reason: '需现场核查', days: 5 }), 'fgw');
    await run(db, (c) => decideExtension(c, id, '同意'));
    const handlingDue = new Date('2026-12-02T15:59:59Z');
    await run(db, async (c) => applyExtension(c, item, await loadExtension(c, id), { oldDue, handlingDue, extensionCount: 1 }), WORKER_ACTOR);
    expect(await reload(db, item)).toMatchObject({ handlingDue, extensionCount: 1 });
    expect(await loadExtension({ tx: db.manager }, id)).toMatchObject({ status: 'approved', decidedBy: 'coordinator', decisionNote: '同意', oldDue, newDue: handlingDue });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['extension.requested', 'extension.applied']);
  });

  it('refused by the model’s counter says why, once', async () => {
    const item = await givenItem(db, { status: 'handling', leadDept: 'dept-fgw', extensionCount: 2 });
    const id = await run(db, (c) => requestExtension(c, item, { actorDepts: ['dept-fgw'], reason: '第三次', days: 3 }), 'fgw');
    for (let i = 0; i < 2; i++) await run(db, async (c) => refuseExtension(c, item, await loadExtension(c, id), true), WORKER_ACTOR);
    expect(await db.getRepository(ExtensionRequestEntity).findOneBy({ id })).toMatchObject({ status: 'refusedLimit', decidedBy: WORKER_ACTOR, decisionNote: '延期申请已达2次上限，不得再次延期' });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['extension.requested', 'extension.refusedLimit']);
  });
});
