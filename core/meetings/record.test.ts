import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { givenItem, memoryDb, run } from '../../test/support/item-fixtures.js';
import { propose } from './propose.js';
import { plan } from './plan.js';
import { record } from './record.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `企业${i + 1}`);

describe('recording a held meeting', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('needs 10 enterprises present, a past day and a decision for every topic, then keeps them', async () => {
    const meeting = await run(db, (c) => propose(c, { title: '恳谈会', kind: 'dialogue' }));
    const a = await givenItem(db, { status: 'listed' });
    const b = await givenItem(db, { status: 'listed' });
    await run(db, (c) => plan(c, meeting, { title: '恳谈会', plannedDate: '2026-11-18', place: '中心', agenda: [a.itemNo, b.itemNo], invitees: names(10).map((enterpriseName) => ({ enterpriseName })) }));
    const one = { itemNo: a.itemNo, decision: 'single' as const, leadDept: 'dept-fgw', coDepts: null };
    const base = { heldDate: '2026-11-19', attended: names(10), decisions: [one] };
    await expect(run(db, (c) => record(c, meeting, { ...base, attended: names(9) }))).rejects.toMatchObject({ code: 'TOO_FEW_ENTERPRISES' });
    await expect(run(db, (c) => record(c, meeting, { ...base, heldDate: '2026-11-21' }))).rejects.toMatchObject({ code: 'HELD_IN_FUTURE' });
    await expect(run(db, (c) => record(c, meeting, base))).rejects.toMatchObject({ code: 'TOPIC_UNDECIDED' });
    const two = { itemNo: b.itemNo, decision: 'onSpot' as const, leadDept: null, coDepts: null, answer: '现场答复' };
    await expect(run(db, (c) => record(c, meeting, { ...base, decisions: [{ ...one, leadDept: 'dept-nope' }, two] }))).rejects.toMatchObject({ code: 'UNKNOWN_DEPARTMENT' });
    await run(db, (c) => record(c, meeting, { ...base, attended: [...names(10), '企业11'], decisions: [one, two] }));
    expect(await db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id })).toMatchObject({ status: 'held', heldDate: '2026-11-19' });
    expect((await db.getRepository(MeetingTopicEntity).findBy({ meetingId: meeting.id })).map((t) => t.decision).sort()).toEqual(['onSpot', 'single']);
    expect(await db.getRepository(MeetingAttendanceEntity).countBy({ meetingId: meeting.id, attended: true })).toBe(11);
  });
});
