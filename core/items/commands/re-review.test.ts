import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { reReview } from './re-review.js';

describe('re-reviewing an explained item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('closes it, or leaves it to the model to list again', async () => {
    const closed = await givenItem(db, { status: 'explained' });
    await run(db, (c) => reReview(c, closed, 'close'));
    expect(await reload(db, closed)).toMatchObject({ status: 'closed', closedAt: NOW });
    expect((await logOf(db, closed)).map((l) => l.action)).toEqual(['item.closed']);
    const relisted = await givenItem(db, { status: 'explained' });
    await run(db, (c) => reReview(c, relisted, 'relist'));
    expect((await reload(db, relisted)).status).toBe('explained');
  });
});
