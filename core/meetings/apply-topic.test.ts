import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MeetingTopicEntity } from '../../db/entities/index.js';
import { givenItem, memoryDb, NOW, reload, run } from '../../test/support/item-fixtures.js';
import { applyTopic, skipTopic } from './apply-topic.js';
import { propose } from './propose.js';

describe('applying a meeting’s decision to its item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('decides the item and marks the topic applied; a topic whose item moved on leaves the item alone', async () => {
    const meeting = await run(db, (c) => propose(c, { title: '恳谈会', kind: 'dialogue' }));
    const item = await givenItem(db, { status: 'listed' });
    const other = await givenItem(db, { status: 'merged' });
    await db.getRepository(MeetingTopicEntity).insert([{ meetingId: meeting.id, itemId: item.id, decision: 'escalate' }, { meetingId: meeting.id, itemId: other.id, decision: 'single', leadDept: 'dept-fgw' }]);
    const [t1, t2] = await db.getRepository(MeetingTopicEntity).find({ where: { meetingId: meeting.id }, order: { id: 'ASC' } });
    await run(db, (c) => applyTopic(c, meeting, t1, item), 'system:worker');
    await run(db, (c) => skipTopic(c, meeting, t2, other), 'system:worker');
    expect(await reload(db, item)).toMatchObject({ status: 'escalated', meetingId: meeting.id });
    expect(await reload(db, other)).toMatchObject({ status: 'merged', leadDept: null });
    expect((await db.getRepository(MeetingTopicEntity).findBy({ meetingId: meeting.id })).map((t) => t.appliedAt)).toEqual([NOW, NOW]);
  });
});
