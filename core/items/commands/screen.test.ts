import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { screen } from './screen.js';

describe('screening an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('answers it at once: replied now, on the spot, with the answer, logged as the coordinator', async () => {
    const item = await givenItem(db);
    await run(db, (c) => screen(c, item, { screening: 'answer', answer: '材料清单已一次告知' }));
    expect(await reload(db, item)).toMatchObject({ status: 'replied', decision: 'onSpot', reply: '材料清单已一次告知', repliedAt: NOW });
    expect(await logOf(db, item)).toEqual([{ actor: 'coordinator', action: 'item.replied', after: expect.objectContaining({ status: 'replied' }) }]);
  });

  it('declines it with the reason, closing it', async () => {
    const item = await givenItem(db);
    await run(db, (c) => screen(c, item, { screening: 'decline', reason: '属于司法诉讼事项' }));
    expect(await reload(db, item)).toMatchObject({ status: 'declined', reply: '属于司法诉讼事项', closedAt: NOW });
  });

  it('refuses to merge into itself or into an item already set aside, changing nothing', async () => {
    const item = await givenItem(db);
    const declined = await givenItem(db, { status: 'declined' });
    await expect(run(db, (c) => screen(c, item, { screening: 'merge', mergeInto: item.itemNo }))).rejects.toMatchObject({ code: 'MERGE_TARGET_INVALID' });
    await expect(run(db, (c) => screen(c, item, { screening: 'merge', mergeInto: declined.itemNo }))).rejects.toMatchObject({ code: 'MERGE_TARGET_INVALID' });
    expect((await reload(db, item)).status).toBe('submitted');
    expect(await logOf(db, item)).toEqual([]);
  });

  it('leaves an accepted item to the model, which lists it next', async () => {
    const item = await givenItem(db);
    await run(db, (c) => screen(c, item, { screening: 'accept' }));
    expect((await reload(db, item)).status).toBe('submitted');
  });
});
