import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { publish } from './publish.js';

describe('publishing a result', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('publishes it once and keeps an earlier closing time', async () => {
    const closedAt = new Date('2026-11-10T08:00:00Z');
    const item = await givenItem(db, { status: 'replied', closedAt });
    await run(db, (c) => publish(c, item), 'system:worker');
    await run(db, async (c) => publish(c, await reload(db, item)), 'system:worker');
    expect(await reload(db, item)).toMatchObject({ status: 'published', publishedAt: NOW, closedAt });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['item.published']);
  });
});
