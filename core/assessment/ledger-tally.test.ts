import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { EvaluationEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import type { Evaluation } from '../contract.js';
import { recordFollowup } from '../items/commands/evaluate.js';
import { givenItem, memoryDb, NOW, reload, run } from '../../test/support/item-fixtures.js';
import { factsFromLedger } from './facts.js';
import { tallyLedger } from './ledger-tally.js';
import { tallyFacts } from './score.js';

const at = (s: string) => new Date(`${s}+08:00`);
let db: DataSource;

beforeAll(async () => {
  db = await memoryDb();
  // given a year of a department's items in every case the assessment tells apart
  const inTime = await givenItem(db, { status: 'published', leadDept: 'dept-fgw', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T09:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-10T10:00:00') });
  const late = await givenItem(db, { status: 'published', leadDept: 'dept-fgw', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-04T09:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-15T10:00:00'), extensionCount: 2 });
  await givenItem(db, { status: 'handling', leadDept: 'dept-fgw', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T10:00:00'), handlingDue: at('2026-11-15T23:59:59') });
  await givenItem(db, { status: 'replied', leadDept: 'dept-fgw', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T18:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-12T23:59:59') });
  const reachedNobody = await givenItem(db, { status: 'closed', leadDept: 'dept-scjg', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T09:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-05T10:00:00') });
  await givenItem(db, { status: 'handling', leadDept: 'dept-scjg', dispatchDue: at('2026-11-19T18:00:00'), dispatchedAt: at('2026-11-19T09:00:00'), handlingDue: at('2026-11-28T23:59:59') });
  await givenItem(db, { status: 'replied', repliedAt: at('2026-11-02T10:00:00') });
  const lastYear = await givenItem(db, { status: 'published', leadDept: 'dept-scjg', submittedOn: '2025-12-30', handlingDue: at('2026-01-10T23:59:59'), repliedAt: at('2026-01-20T10:00:00') });
  // and their 12345 follow-ups, recorded as the follow-up task records them, and an enterprise's own form 3
  const follow = async (item: Item, result: Evaluation) => run(db, async (c) => recordFollowup(c, await reload(db, item), { result }));
  await follow(inTime, 'satisfied');
  await follow(late, 'unsatisfied');
  await follow(late, 'basic');
  await follow(reachedNobody, 'unreachable');
  await follow(lastYear, 'unsatisfied');
  await db.getRepository(EvaluationEntity).insert({ itemId: inTime.id, source: 'enterprise' as const, result: 'unsatisfied', round: 1 });
});
afterAll(async () => {
  await db?.destroy();
});

describe("the database's tally of the annual assessment", () => {
  it('counts each department as the per-item facts from the follow-up records do', async () => {
    // when the database counts, and the app counts the same year item by item
    const bySql = await tallyLedger(db.manager, 2026, NOW);
    const items = await db.getRepository(ItemEntity).find();
    const followups = await db.getRepository(EvaluationEntity).findBy({ source: 'followup' });
    const byItem = tallyFacts(factsFromLedger(items, followups), 2026, NOW);
    // then they agree
    const byDept = (ts: { dept: string }[]) => [...ts].sort((a, b) => a.dept.localeCompare(b.dept));
    expect(byDept(bySql)).toEqual(byDept(byItem));
  });

  it('counts lateness, extensions and the latest follow-up the way the assessment defines them', async () => {
    const t = Object.fromEntries((await tallyLedger(db.manager, 2026, NOW)).map((x) => [x.dept, x]));
    expect(t['dept-fgw']).toEqual({
      dept: 'dept-fgw', items: 4, dispatched: 4, dispatchedOnTime: 3, replied: 3, repliedOnTime: 2, extendedItems: 1, extensions: 2,
      // replied 3 days late; open and 5 days past its deadline on the 20th
      overdueItems: 2, overdueDays: 3 + 5,
      // judged by the latest follow-up (basic); the enterprise's own form 3 is not a follow-up; the unsatisfied one sent it back once
      evaluated: 2, satisfied: 2, rehandled: 1,
    });
    // 联系不上 reaches nobody; last year's item is not this year's
    expect(t['dept-scjg']).toMatchObject({ items: 2, evaluated: 0, satisfied: 0, rehandled: 0, overdueItems: 0 });
  });
});
