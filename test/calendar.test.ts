/**
 * The dispatch deadline across a year the calendar package does not know: flagged while no notice is entered,
 * right once an administrator entered the State Council's notice. The app's clock stands on 2027-01-05.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationEntity } from '../db/entities/index.js';
import { startTestSystem, timerAt, waitFor, waitForTask, type TestSystem } from './support/harness.js';
import { holdMeeting, listedItem } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem({}, () => new Date('2027-01-05T10:00:00+08:00'));
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

const notice2027 = {
  year: 2027,
  noticeTitle: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-01-02', name: '元旦' }, { date: '2027-01-03', name: '元旦' }],
  workdays: [],
};

async function dispatchDueAfterMeetingOn(day: string, n: string) {
  const x = await listedItem(sys, coordinator, n);
  await holdMeeting(sys, coordinator, day, [{ itemNo: x.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
  await waitForTask(sys.engine, x.processInstanceId!, 'DispatchItem');
  return { item: x, due: (await timerAt(sys.engine, x.processInstanceId!, 'DispatchOverdue')).dueDate };
}

describe('a deadline in a year without a holiday notice', () => {
  it('is computed on plain weekends and flagged to coordinators', async () => {
    const { item, due } = await dispatchDueAfterMeetingOn('2026-12-31', 'no-notice');
    expect(due).toBe('2027-01-01T23:59:59.000+0800');
    const flag = await waitFor(() => sys.deps.db.getRepository(NotificationEntity).findOneBy({ itemId: item.id, recipient: 'qq-coordinator' }), 'calendar flag');
    expect(flag.subject).toBe('日历缺少2027年节假日数据');
  });

  it('is right once an administrator entered the year’s notice, without a code change', async () => {
    const fgw = await sys.login('fgw');
    expect((await sys.call('POST', '/api/calendar', fgw, notice2027)).status).toBe(403);
    const bad = await sys.call('POST', '/api/calendar', coordinator, { ...notice2027, workdays: [{ date: '2027-01-05', name: '调休' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('WORKDAY_NOT_WEEKEND');
    const r = await sys.call('POST', '/api/calendar', coordinator, notice2027);
    expect(r.status).toBe(201);
    expect(r.body.coveredYears).toContain(2027);
    const { due } = await dispatchDueAfterMeetingOn('2026-12-31', 'with-notice');
    expect(due).toBe('2027-01-04T23:59:59.000+0800');
  });
});
