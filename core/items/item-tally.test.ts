import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Evaluation } from '../contract.js';
import { recordFollowup } from './commands/evaluate.js';
import { changeItem } from './item-store.js';
import { givenItem, memoryDb, reload, run } from '../../test/support/item-fixtures.js';
import { keptAndCounted } from '../../test/support/tally.js';
import { freshDbUrl } from '../../test/support/harness.js';
import { countAllItems } from './item-tally.js';
import { refillTally } from '../../db/item-tally.js';
import { yearGroups } from '../assessment/year-groups.js';
import type { Item } from '../../db/entities/index.js';

const at = (s: string) => new Date(`${s}+08:00`);
let db: DataSource;
let drop: () => Promise<void>;

// On the run's own database (MariaDB with QQ_TEST_DB=mariadb): the tally's upsert and its fill are spelled per dialect.
beforeAll(async () => {
  const fresh = await freshDbUrl();
  drop = fresh.drop;
  db = await memoryDb(fresh.url);
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

const follow = async (item: Item, result: Evaluation) => run(db, async (c) => recordFollowup(c, await reload(db, item), { result }));
const change = async (item: Item, patch: Parameters<typeof changeItem>[2]) => run(db, async (c) => { await changeItem(c.tx, await reload(db, item), patch, { action: 'item.test', actor: c.actor }); });

describe('the item tally', () => {
  it('counts a new item in the row of its month, status and channel', async () => {
    // given an item just submitted in November
    const before = await countAllItems(db.manager);
    await givenItem(db);
    // then it is one more item, counted as submitted and online in 2026-11
    expect(await countAllItems(db.manager)).toBe(before + 1);
    const groups = await yearGroups(db.manager, 2026);
    expect(groups.find((g) => g.status === 'submitted' && g.channel === 'online' && g.month === '2026-11' && g.dept === null)?.items).toBeGreaterThanOrEqual(1);
  });

  it('moves an item between rows as commands change it, and stays equal to counting the items afresh', async () => {
    // given items in every state the figures tell apart
    const handled = await givenItem(db, { status: 'handling', leadDept: 'dept-fgw', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-04T09:00:00'), handlingDue: at('2026-11-12T23:59:59') });
    const replied = await givenItem(db, { status: 'replied', leadDept: 'dept-scjg', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T18:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-12T23:59:59') });
    const moved = await givenItem(db, { submittedOn: '2025-12-30' });
    // when commands reply late, extend, follow up twice, re-route and re-date them
    await change(handled, { extensionCount: 2, handlingDue: at('2026-11-20T23:59:59') });
    await change(handled, { status: 'replied', repliedAt: at('2026-11-21T10:00:00') });
    await change(replied, { repliedAt: at('2026-11-16T01:00:00') });
    await follow(replied, 'unsatisfied');
    await follow(replied, 'basic');
    await change(moved, { submittedOn: '2026-01-02', leadDept: 'dept-fgw', status: 'handling' });
    await change(moved, { leadDept: 'dept-scjg' });
    // then the kept tally is what a fresh count of the items gives
    const { kept, counted } = await keptAndCounted(db);
    expect(kept).toEqual(counted);
    // and the year's groups say it: one of two replies on time for 发改委's item, which was extended twice
    const fgw = (await yearGroups(db.manager, 2026)).filter((g) => g.dept === 'dept-fgw');
    expect(fgw.reduce((s, g) => s + g.items, 0)).toBe(1);
    expect(fgw.reduce((s, g) => s + g.repliedOnTime, 0)).toBe(0);
    expect(fgw.reduce((s, g) => s + g.extensions, 0)).toBe(2);
    // replied the morning after its deadline's day: late by one Shanghai day
    expect(fgw.reduce((s, g) => s + g.repliedLate, 0)).toBe(1);
    expect(fgw.reduce((s, g) => s + g.repliedLateDays, 0)).toBe(1);
    expect((await yearGroups(db.manager, 2025)).length).toBe(0);
  });

  it('is counted afresh by a refill after items were changed past the store', async () => {
    // given an item's status changed in the database by hand
    const item = await givenItem(db);
    await db.query("UPDATE item SET status = 'closed' WHERE id = ?", [item.id]);
    expect((await keptAndCounted(db)).kept).not.toEqual((await keptAndCounted(db)).counted);
    // when the tally is refilled, then it agrees with the items again
    await refillTally(db);
    const { kept, counted } = await keptAndCounted(db);
    expect(kept).toEqual(counted);
  });

  it('gives the ledger its total of all items', async () => {
    const [{ n }] = await db.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM item');
    expect(await countAllItems(db.manager)).toBe(Number(n));
  });
});
