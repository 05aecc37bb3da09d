import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { list } from './list.js';

describe('listing an item on the problem list', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('lists it without an earlier decision (a relisted item is decided again), logged once across a redelivery', async () => {
    const item = await givenItem(db, { status: 'explained', decision: 'explain' });
    await run(db, (c) => list(c, item));
    await run(db, async (c) => list(c, await reload(db, item)));
    expect(await reload(db, item)).toMatchObject({ status: 'listed', decision: null });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['item.listed']);
  });
});
