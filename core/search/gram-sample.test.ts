import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, memoryDb } from '../../test/support/item-fixtures.js';
import { keywordGrams } from '../../db/search-grams.js';
import { rarestGrams } from './gram-sample.js';
import { changeItem, loadItem } from '../items/item-store.js';

let db: DataSource;
beforeAll(async () => {
  db = await memoryDb();
  // given many items about 用地审批材料 and one about 用地审批流程
  for (let i = 0; i < 30; i++) await givenItem(db);
  const odd = await givenItem(db);
  await db.transaction(async (tx) => changeItem(tx, await loadItem(tx, { id: odd.id }), { problem: '项目用地审批流程不清楚' }, { action: 'item.test', actor: 'test' }));
});
afterAll(async () => {
  await db?.destroy();
});

describe('the rarest pairs of a keyword', () => {
  it('are the pairs fewest of the latest items hold', async () => {
    // when the pairs of 审批流程 are ranked by the sample
    const asked = await rarestGrams(db.manager, keywordGrams('审批流程'));
    // then the index is asked for the two only one item has, not 审批, which every item has
    expect(asked).toEqual(['g批流', 'g流程']);
  });

  it('are all the pairs of a keyword of two or three characters', async () => {
    expect(await rarestGrams(db.manager, keywordGrams('用地审'))).toEqual(['g用地', 'g地审']);
  });
});
