import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Item } from '../../db/entities/index.js';
import type { Evaluation } from '../../core/contract.js';
import { recordFollowup } from '../../core/items/commands/evaluate.js';
import { givenItem, memoryDb, reload, run } from '../../test/support/item-fixtures.js';
import { yearCounts } from './dashboard-counts.js';
import { yearGroups } from '../../core/assessment/year-groups.js';

const at = (s: string) => new Date(`${s}+08:00`);
let db: DataSource;

beforeAll(async () => {
  db = await memoryDb();
  // given four items of 2026 and one of 2025
  const a = await givenItem(db, { status: 'published', channel: 'hotline12345', leadDept: 'dept-fgw', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T09:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-10T10:00:00'), extensionCount: 1 });
  const b = await givenItem(db, { status: 'handling', leadDept: 'dept-fgw', submittedOn: '2026-10-30', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-04T09:00:00'), handlingDue: at('2026-11-12T23:59:59'), extensionCount: 2 });
  await givenItem(db, { status: 'replied', leadDept: 'dept-scjg', dispatchDue: at('2026-11-03T18:00:00'), dispatchedAt: at('2026-11-03T09:00:00'), handlingDue: at('2026-11-12T23:59:59'), repliedAt: at('2026-11-14T10:00:00') });
  await givenItem(db, { status: 'replied', repliedAt: at('2026-11-02T10:00:00') });
  const old = await givenItem(db, { status: 'published', leadDept: 'dept-scjg', submittedOn: '2025-12-30' });
  // and their 12345 follow-ups, recorded as the follow-up task records them; b is judged by its latest
  const follow = async (item: Item, result: Evaluation) => run(db, async (c) => recordFollowup(c, await reload(db, item), { result }));
  await follow(a, 'satisfied');
  await follow(b, 'unreachable');
  await follow(b, 'unsatisfied');
  await follow(old, 'unsatisfied');
});
afterAll(async () => {
  await db?.destroy();
});

describe("the dashboard's counts of a year", () => {
  it('group the year by status, channel, department and month, and give the on-time rates and the satisfaction of each item by its latest follow-up', async () => {
    expect(yearCounts(await yearGroups(db.manager, 2026))).toEqual({
      total: 4,
      byStatus: { published: 1, handling: 1, replied: 2 },
      byChannel: { hotline12345: 1, online: 3 },
      byDepartment: { 'dept-fgw': 2, 'dept-scjg': 1, none: 1 },
      byMonth: { '2026-10': 1, '2026-11': 3 },
      onTimeDispatchRate: 66.7,
      onTimeReplyRate: 50,
      satisfactionRate: 50,
      extensions: 3,
    });
  });

  it('give no rate for a year without items', async () => {
    expect(yearCounts(await yearGroups(db.manager, 2019))).toMatchObject({ total: 0, byStatus: {}, onTimeDispatchRate: null, satisfactionRate: null, extensions: 0 });
  });
});
