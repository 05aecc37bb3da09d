import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { review } from './review.js';

describe('reviewing a reply', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('accepted: the item is answered at this instant, which the on-time figure counts from', async () => {
    const item = await givenItem(db, { status: 'reviewing', reply: '已办结' });
    await run(db, (c) => review(c, item, true));
    expect(await reload(db, item)).toMatchObject({ status: 'replied', repliedAt: NOW });
    expect(await logOf(db, item)).toEqual([{ actor: 'coordinator', action: 'item.replied', after: { status: 'replied', repliedAt: NOW.toISOString() } }]);
  });

  it('sent back: the item is in handling again', async () => {
    const item = await givenItem(db, { status: 'reviewing' });
    await run(db, (c) => review(c, item, false));
    expect(await reload(db, item)).toMatchObject({ status: 'handling', repliedAt: null });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['item.returnedForRehandling']);
  });
});
