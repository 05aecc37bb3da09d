/**
 * The calendar for a year the State Council has not yet published a notice for (2027 here): the statutory
 * holidays hold anyway and the limits are provisional; once an administrator enters the notice, every waiting
 * limit it changes is timed again, in the engine and in the item's log. The app's clock stands on 2027-02-04.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, ItemEntity, NotificationEntity } from '../db/entities/index.js';
import { startTestSystem, timerAt, waitFor, waitForTask, type TestSystem } from './support/harness.js';
import { complete, holdMeeting, listedItem } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem({}, () => new Date('2027-02-04T18:00:00+08:00'));
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

/** A hypothetical 2027 notice: 春节 from 除夕 to 正月初七, Saturday 02-13 worked. */
const notice2027 = {
  year: 2027,
  noticeTitle: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: [{ date: '2027-01-01', name: '元旦' }, ...['05', '06', '07', '08', '09', '10', '11', '12'].map((d) => ({ date: `2027-02-${d}`, name: '春节' }))],
  workdays: [{ date: '2027-02-13', name: '春节' }],
};

async function decidedOn(day: string, n: string) {
  const x = await listedItem(sys, coordinator, n);
  await holdMeeting(sys, coordinator, day, [{ itemNo: x.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
  await waitForTask(sys.engine, x.processInstanceId!, 'DispatchItem');
  return x;
}
const dispatchTimer = async (pid: string) => (await timerAt(sys.engine, pid, 'DispatchOverdue')).dueDate;
const reminderTimer = async (pid: string) => (await timerAt(sys.engine, pid, 'ReminderDue')).dueDate;

describe('a year without a holiday notice', () => {
  it('keeps New Year’s Day: a meeting on 2026-12-31 is dispatched by Monday 2027-01-04, flagged as provisional', async () => {
    const x = await decidedOn('2026-12-31', 'new-year');
    expect(await dispatchTimer(x.processInstanceId!)).toBe('2027-01-04T23:59:59.000+0800');
    const flag = await waitFor(() => sys.deps.db.getRepository(NotificationEntity).findOneBy({ itemId: x.id, recipient: 'qq-coordinator' }), 'calendar flag');
    expect(flag.subject).toBe('日历缺少2027年节假日数据');
    expect(flag.body).toContain('暂定');
  });

  it('answers the calendar query from the statutory rule, provisionally, and from the notices where there are some', async () => {
    const next = await sys.call('GET', '/api/public/calendar/working-day?date=2026-12-31', null);
    expect(next.body).toEqual({ from: '2026-12-31', days: 1, date: '2027-01-04', provisional: true });
    const third = await sys.call('GET', '/api/public/calendar/working-day?date=2027-02-04&days=3', null);
    expect(third.body).toMatchObject({ date: '2027-02-11', provisional: true });
    const spring = await sys.call('GET', '/api/public/calendar/days?from=2027-02-04&to=2027-02-09', null);
    expect(spring.body.days.map((d: { date: string; kind: string; source: string; name?: string }) => [d.date.slice(5), d.kind, d.source, d.name ?? ''])).toEqual([
      ['02-04', 'workday', 'weekday', ''],
      ['02-05', 'holiday', 'statutory', '春节'],
      ['02-06', 'holiday', 'statutory', '春节'],
      ['02-07', 'holiday', 'statutory', '春节'],
      ['02-08', 'holiday', 'statutory', '春节'],
      ['02-09', 'workday', 'weekday', ''],
    ]);
    const national = await sys.call('GET', '/api/public/calendar/days?from=2026-10-07&to=2026-10-10', null);
    expect(national.body.days.map((d: { kind: string; source: string }) => `${d.kind}/${d.source}`)).toEqual(['holiday/notice', 'workday/notice', 'workday/notice', 'adjustedWorkday/notice']);
    expect((await sys.call('GET', '/api/public/calendar/days?from=2026-02-30&to=2026-03-01', null)).status).toBe(400);
    expect((await sys.call('GET', '/api/public/calendar/days?from=2026-01-01&to=2027-06-01', null)).body.code).toBe('RANGE_TOO_LONG');
  });
});

describe('entering the year’s notice', () => {
  it('is refused with a clear answer for a department, a weekday as adjusted working day, or a date that does not exist', async () => {
    const fgw = await sys.login('fgw');
    expect((await sys.call('POST', '/api/calendar', fgw, notice2027)).status).toBe(403);
    const weekday = await sys.call('POST', '/api/calendar', coordinator, { ...notice2027, workdays: [{ date: '2027-01-05', name: '调休' }] });
    expect([weekday.status, weekday.body.code]).toEqual([400, 'WORKDAY_NOT_WEEKEND']);
    const unreal = await sys.call('POST', '/api/calendar', coordinator, { ...notice2027, holidays: [{ date: '2027-02-30', name: '春节' }] });
    expect([unreal.status, unreal.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('times every waiting limit it changes again — the dispatch timer and task, the ladder’s reminder — and logs each', async () => {
    const waiting = await decidedOn('2027-02-04', 'spring-dispatch');
    expect(await dispatchTimer(waiting.processInstanceId!)).toBe('2027-02-09T23:59:59.000+0800');
    const handled = await decidedOn('2027-02-04', 'spring-handling');
    await complete(sys, coordinator, handled.processInstanceId!, 'DispatchItem', {});
    await waitForTask(sys.engine, handled.processInstanceId!, 'HandleItem');
    // 7 days from 02-04: due 02-11; 提醒 1 working day before it, on the statutory calendar 02-10
    expect(await reminderTimer(handled.processInstanceId!)).toBe('2027-02-10T09:00:00.000+0800');

    const r = await sys.call('POST', '/api/calendar', coordinator, notice2027);
    expect(r.status).toBe(201);
    expect(r.body.coveredYears).toContain(2027);
    expect(r.body.retimed.dispatch).toContain(waiting.itemNo);
    expect(r.body.retimed.ladder).toContain(handled.itemNo);
    expect(r.body.retimed.failed).toEqual([]);

    expect(await dispatchTimer(waiting.processInstanceId!)).toBe('2027-02-13T23:59:59.000+0800');
    const [task] = await sys.engine.tasks({ processInstanceId: waiting.processInstanceId, taskDefinitionKey: 'DispatchItem' });
    expect(task.due).toBe('2027-02-13T23:59:59.000+0800');
    expect(task.name).toBe('交办议题');
    expect((await sys.deps.db.getRepository(ItemEntity).findOneByOrFail({ id: waiting.id })).dispatchDue).toEqual(new Date('2027-02-13T23:59:59+08:00'));
    expect(await reminderTimer(handled.processInstanceId!)).toBe('2027-02-04T09:00:00.000+0800');
    const logs = await sys.deps.db.getRepository(ActionLogEntity).findBy({ entityType: 'item', action: 'item.deadlineRetimed' });
    expect(logs.map((l) => [l.entityId, l.actor, JSON.parse(l.after!).reason])).toEqual([[waiting.itemNo, 'coordinator', '2027年放假通知']]);

    // entered again, nothing changes any more
    const again = await sys.call('POST', '/api/calendar', coordinator, notice2027);
    expect(again.body.retimed).toEqual({ dispatch: [], ladder: [], failed: [] });
  });

  it('is used for limits computed after it', async () => {
    const x = await decidedOn('2027-02-04', 'after-notice');
    expect(await dispatchTimer(x.processInstanceId!)).toBe('2027-02-13T23:59:59.000+0800');
  });
});
