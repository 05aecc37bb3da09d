import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ActionLogEntity, MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { givenItem, memoryDb, run } from '../../test/support/item-fixtures.js';
import { propose } from './propose.js';
import { plan } from './plan.js';

const invitees = (n: number) => Array.from({ length: n }, (_, i) => ({ enterpriseName: `企业${i + 1}`, phone: '13800000000' }));

describe('planning a meeting', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('takes listed items onto the agenda and at least 10 enterprises, counted once each', async () => {
    const meeting = await run(db, (c) => propose(c, { title: '第四季度恳谈会', kind: 'dialogue' }));
    const listed = await givenItem(db, { status: 'listed' });
    const input = { title: '第四季度恳谈会', plannedDate: '2026-12-10', place: '一站式服务中心', agenda: [listed.itemNo] };
    await expect(run(db, (c) => plan(c, meeting, { ...input, invitees: [...invitees(9), { enterpriseName: '企业1' }] }))).rejects.toMatchObject({ code: 'TOO_FEW_ENTERPRISES', message: '参会企业不少于10家（去重后9家）' });
    await run(db, (c) => plan(c, meeting, { ...input, invitees: invitees(10) }));
    expect(await db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id })).toMatchObject({ status: 'planned', quarterKey: '2026Q4', plannedDate: '2026-12-10' });
    expect(await db.getRepository(MeetingTopicEntity).countBy({ meetingId: meeting.id })).toBe(1);
    expect(await db.getRepository(MeetingAttendanceEntity).countBy({ meetingId: meeting.id, attended: false })).toBe(10);
    const log = await db.getRepository(ActionLogEntity).findOneByOrFail({ entityId: meeting.meetingNo, action: 'meeting.planned' });
    expect(log.after).not.toContain('13800000000');
  });

  it('refuses an item not on the problem list, or one on another open agenda', async () => {
    const first = await run(db, (c) => propose(c, { title: 'A', kind: 'symposium' }));
    const second = await run(db, (c) => propose(c, { title: 'B', kind: 'symposium' }));
    const listed = await givenItem(db, { status: 'listed' });
    const submitted = await givenItem(db);
    const base = { title: 'A', plannedDate: '2026-12-11', place: '会议室', invitees: invitees(1) };
    await expect(run(db, (c) => plan(c, first, { ...base, agenda: [submitted.itemNo] }))).rejects.toMatchObject({ code: 'AGENDA_NOT_ON_LIST' });
    await run(db, (c) => plan(c, first, { ...base, agenda: [listed.itemNo] }));
    await expect(run(db, (c) => plan(c, second, { ...base, agenda: [listed.itemNo] }))).rejects.toMatchObject({ code: 'AGENDA_TAKEN' });
  });
});
