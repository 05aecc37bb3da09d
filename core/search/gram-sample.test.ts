import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, memoryDb } from '../../test/support/item-fixtures.js';
import { keywordGrams } from '../../db/search-grams.js';
import { rarestGrams } from './gram-sample.js';
import { changeItem, loadItem } from '../items/item-store.js';

let db: DataSource;
const write = async (id: number, problem: string) => db.transaction(async (tx) => changeItem(tx, await loadItem(tx, { id }), { problem }, { action: 'item.test', actor: 'test' }));

beforeAll(async () => {
  db = await memoryDb();
  // given many items about 审批, some of them about 审批流程 and 流程图, and one about 审批流程图
  for (let i = 0; i < 200; i++) {
    const item = await givenItem(db);
    if (i % 10 === 0) await write(item.id, '项目审批流程不清楚');
    else if (i % 10 === 1) await write(item.id, '流程图看不懂');
  }
  await write((await givenItem(db)).id, '审批流程图看不懂');
});
afterAll(async () => {
  await db?.destroy();
});

describe('the pairs of a keyword asked of the index', () => {
  it('are the rarest pair and those that cut the items found by more than their own lists cost', async () => {
    // when the pairs of 审批流程图 (审批 in every item, 批流 in a tenth, 流程 in a fifth, 程图 in a tenth) are chosen
    const asked = await rarestGrams(db.manager, keywordGrams('审批流程图'));
    // then 批流 and 程图 together find the one item; 审批 and 流程 would only add their long lists
    expect(asked).toEqual(['g批流', 'g程图']);
  });

  it('are all the pairs of a keyword of two or three characters', async () => {
    expect(await rarestGrams(db.manager, keywordGrams('用地审'))).toEqual(['g用地', 'g地审']);
  });

  it('are the two rarest pairs when the sample holds the rarest nowhere', async () => {
    // 批无, 无人, 人知 and 知晓 are in no item of the sample, but may be in items it missed
    expect(await rarestGrams(db.manager, keywordGrams('审批无人知晓'))).toEqual(['g批无', 'g无人']);
  });
});
