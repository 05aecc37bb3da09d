import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ActionLogEntity } from '../../db/entities/index.js';
import { givenItem, memoryDb, reload } from '../../test/support/item-fixtures.js';
import { changeItem } from './item-store.js';

describe('the item store', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('writes the change and its log row together, with the fields before and after', async () => {
    const item = await givenItem(db, { status: 'handling' });
    await db.transaction((tx) => changeItem(tx, item, { status: 'reviewing', reply: '答复' }, { action: 'item.replySubmitted', actor: 'fgw' }));
    expect(item.status).toBe('reviewing');
    expect((await reload(db, item)).reply).toBe('答复');
    const log = await db.getRepository(ActionLogEntity).findOneByOrFail({ entityId: item.itemNo, action: 'item.replySubmitted' });
    expect({ actor: log.actor, before: JSON.parse(log.before!), after: JSON.parse(log.after!) }).toEqual({ actor: 'fgw', before: { status: 'handling', reply: null }, after: { status: 'reviewing', reply: '答复' } });
  });

  it('leaves neither the change nor its log row when the transaction fails', async () => {
    const item = await givenItem(db, { status: 'handling' });
    await expect(db.transaction(async (tx) => {
      await changeItem(tx, { ...item }, { status: 'reviewing' }, { action: 'item.replySubmitted', actor: 'fgw' });
      throw new Error('the engine refused');
    })).rejects.toThrow('the engine refused');
    expect((await reload(db, item)).status).toBe('handling');
    expect(await db.getRepository(ActionLogEntity).countBy({ entityId: item.itemNo, action: 'item.replySubmitted' })).toBe(0);
  });
});
