import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { merge } from './merge.js';
import { WORKER_ACTOR } from './context.js';

describe('merging a duplicate', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('closes it into the target, once, however often the model redelivers the step', async () => {
    const target = await givenItem(db, { status: 'listed' });
    const dup = await givenItem(db);
    await run(db, (c) => merge(c, dup, target.itemNo), WORKER_ACTOR);
    await run(db, async (c) => merge(c, await reload(db, dup), target.itemNo), WORKER_ACTOR);
    expect(await reload(db, dup)).toMatchObject({ status: 'merged', mergedIntoId: target.id, closedAt: NOW });
    expect(await logOf(db, dup)).toEqual([{ actor: WORKER_ACTOR, action: 'item.merged', after: { status: 'merged', mergedInto: target.itemNo } }]);
  });
});
