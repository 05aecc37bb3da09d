import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, NOW, reload, run } from '../../../test/support/item-fixtures.js';
import { decide } from './decide.js';

const meeting = { meeting: { id: 7, meetingNo: 'HY20261120AB12' } };
const topic = { decision: 'single', leadDept: 'dept-fgw', coDepts: null, answer: null, reReviewDate: null };

describe('a decision on an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('records the meeting and the departments of a dispatch, leaving the status to the dispatch limit', async () => {
    const item = await givenItem(db, { status: 'listed' });
    await run(db, (c) => decide(c, item, topic, meeting), 'system:worker');
    expect(await reload(db, item)).toMatchObject({ status: 'listed', decision: 'single', leadDept: 'dept-fgw', meetingId: 7 });
    expect(await logOf(db, item)).toEqual([{ actor: 'system:worker', action: 'item.meetingDecided', after: { decision: 'single', leadDept: 'dept-fgw', coDepts: null, meeting: 'HY20261120AB12' } }]);
  });

  it('answers the item on the spot: replied at the decision, in a second logged step', async () => {
    const item = await givenItem(db, { status: 'listed' });
    await run(db, (c) => decide(c, item, { ...topic, decision: 'onSpot', leadDept: null, answer: '现场答复' }, meeting));
    expect(await reload(db, item)).toMatchObject({ status: 'replied', repliedAt: NOW, reply: '现场答复' });
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['item.meetingDecided', 'item.replied']);
  });

  it('escalates or explains the item, as the higher level or a meeting decides', async () => {
    const escalated = await givenItem(db, { status: 'listed' });
    await run(db, (c) => decide(c, escalated, { ...topic, decision: 'escalate', leadDept: null }, meeting));
    expect((await reload(db, escalated)).status).toBe('escalated');
    const explained = await givenItem(db, { status: 'escalated' });
    await run(db, (c) => decide(c, explained, { ...topic, decision: 'explain', leadDept: null, answer: '暂不具备条件', reReviewDate: '2027-03-01' }, { meeting: null }));
    expect(await reload(db, explained)).toMatchObject({ status: 'explained', reReviewDate: '2027-03-01', meetingId: null });
    expect((await logOf(db, explained)).map((l) => l.action)).toEqual(['item.higherLevelDecided', 'item.explained']);
  });
});
