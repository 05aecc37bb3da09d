import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { dispatch } from './dispatch.js';

describe('dispatching an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('hands it to the departments the meeting named unless the coordinator corrects them', async () => {
    const item = await givenItem(db, { status: 'awaitingDispatch', decision: 'multi', leadDept: 'dept-fgw', coDepts: 'dept-scjg' });
    expect(await run(db, (c) => dispatch(c, item, {}))).toEqual({ leadDept: 'dept-fgw', coDepts: ['dept-scjg'] });
    expect(await reload(db, item)).toMatchObject({ leadDept: 'dept-fgw', coDepts: 'dept-scjg', dispatchedAt: NOW });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['item.dispatched']);
  });

  it('refuses a multi-department item without cooperators, a lead that also cooperates, or an unknown department', async () => {
    const item = await givenItem(db, { status: 'awaitingDispatch', decision: 'multi', leadDept: 'dept-fgw' });
    await expect(run(db, (c) => dispatch(c, item, {}))).rejects.toMatchObject({ code: 'COOPERATORS_REQUIRED', status: 400 });
    await expect(run(db, (c) => dispatch(c, item, { coDepts: ['dept-fgw'] }))).rejects.toMatchObject({ code: 'LEAD_IS_COOPERATOR' });
    await expect(run(db, (c) => dispatch(c, item, { coDepts: ['dept-nope'] }))).rejects.toMatchObject({ code: 'UNKNOWN_DEPARTMENT' });
    expect((await reload(db, item)).dispatchedAt).toBeNull();
    expect(await logOf(db, item)).toEqual([]);
  });
});
