import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MeetingEntity } from '../../db/entities/index.js';
import { memoryDb, run } from '../../test/support/item-fixtures.js';
import { quarterMeeting } from './quarter-watch.js';

describe('the quarter’s meeting', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('is proposed once for the quarter, however often its start is delivered', async () => {
    const first = await run(db, (c) => quarterMeeting(c), 'system:worker');
    const again = await run(db, (c) => quarterMeeting(c), 'system:worker');
    expect(first.quarter).toMatchObject({ key: '2026Q4', lastDay: '2026-12-31' });
    expect(again.meeting.id).toBe(first.meeting.id);
    expect(await db.getRepository(MeetingEntity).findBy({ quarterKey: '2026Q4' })).toEqual([expect.objectContaining({ meetingNo: 'HY-2026Q4-01', kind: 'dialogue', status: 'proposed', title: '2026年第4季度政务服务“亲清”政企恳谈会' })]);
  });
});
