/**
 * Group robots (企业微信, 钉钉) receive their groups' supervision notices in the robots' own JSON formats, once, and
 * only in working hours: a notice raised on a holiday night waits for 09:00 of the next working day.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { NotificationEntity, SupervisionEntity } from '../db/entities/index.js';
import { startTestSystem, timerAt, waitFor, waitForTask, waitForWorkers, type TestSystem } from './support/harness.js';
import { complete, holdMeeting, listedItem } from './support/scenario.js';
import { startHttpReceiver, type HttpReceiver } from './support/http-receiver.js';

let sys: TestSystem;
let robots: HttpReceiver;
let coordinator: string;
// Friday 2026-11-27, 10:00 in Shanghai: working hours.
let now = new Date('2026-11-27T10:00:00+08:00');

beforeAll(async () => {
  robots = await startHttpReceiver();
  sys = await startTestSystem({}, () => now);
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
  await robots?.close();
});

describe('group robots', () => {
  let pid: string;

  it('are configured per group by a coordinator, without showing their keys again', async () => {
    const wecom = await sys.call('POST', '/api/notification-webhooks', coordinator, { groupCode: 'dept-fgw', kind: 'wecom', url: `${robots.url}/cgi-bin/webhook/send?key=fgw-robot-key` });
    const ding = await sys.call('POST', '/api/notification-webhooks', coordinator, { groupCode: 'qq-supervisor', kind: 'dingtalk', url: `${robots.url}/robot/send?access_token=sup-token`, secret: 'SEC-supervisor' });
    expect([wecom.status, ding.status]).toEqual([201, 201]);
    const again = await sys.call('POST', '/api/notification-webhooks', coordinator, { groupCode: 'dept-fgw', kind: 'wecom', url: `${robots.url}/cgi-bin/webhook/send?key=fgw-robot-key` });
    expect(again.body.code).toBe('WEBHOOK_EXISTS');
    const list = await sys.call('GET', '/api/notification-webhooks', coordinator);
    expect(JSON.stringify(list.body)).not.toMatch(/fgw-robot-key|SEC-supervisor|sup-token/);
    expect((await sys.call('POST', '/api/notification-webhooks', await sys.login('fgw'), { groupCode: 'dept-fgw', kind: 'wecom', url: 'http://x.example/' })).status).toBe(403);
  });

  it('deliver a late dispatch to the supervisors’ DingTalk robot, signed, in working hours', async () => {
    const listed = await listedItem(sys, coordinator, 'robot');
    pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-27', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await waitForTask(sys.engine, pid, 'DispatchItem');
    await sys.engine.executeJob((await timerAt(sys.engine, pid, 'DispatchOverdue')).id);
    await waitForWorkers(sys.engine, pid);
    const [ding] = await waitFor(async () => (robots.received.length ? robots.received : null), 'DingTalk call');
    expect(robots.received).toHaveLength(1);
    expect(ding.path).toBe('/robot/send');
    expect(ding.body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('交办超时督办') } });
    const timestamp = ding.query.get('timestamp')!;
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SEC-supervisor').update(`${timestamp}\nSEC-supervisor`).digest('base64'));
  });

  it('hold a notice raised on a holiday night until 09:00 of the next working day, then send it once', async () => {
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await waitForTask(sys.engine, pid, 'HandleItem');
    const before = robots.received.length;
    // when the deadline passes at 22:00 on National Day (2026-10-01 is a statutory holiday, 10-08 the next workday)
    now = new Date('2026-10-01T22:00:00+08:00');
    await sys.engine.executeJob((await timerAt(sys.engine, pid, 'HandlingOverdue')).id);
    await waitForWorkers(sys.engine, pid);
    const waiting = await sys.deps.db.getRepository(NotificationEntity).findOneByOrFail({ channel: 'wecom', recipient: 'dept-fgw', subject: '催办' });
    expect({ status: waiting.status, at: waiting.scheduledAt?.toISOString() }).toEqual({ status: 'pending', at: '2026-10-08T01:00:00.000Z' });
    expect(await sys.deps.notifier.deliverDue()).toBe(0);
    expect(robots.received).toHaveLength(before);
    // then at 09:00 on the working morning it goes out, once
    now = new Date('2026-10-08T09:00:00+08:00');
    expect(await sys.deps.notifier.deliverDue()).toBe(1);
    expect(await sys.deps.notifier.deliverDue()).toBe(0);
    const wecom = robots.received.slice(before);
    expect(wecom).toHaveLength(1);
    expect(wecom[0].path).toBe('/cgi-bin/webhook/send');
    expect(wecom[0].query.get('key')).toBe('fgw-robot-key');
    expect(wecom[0].body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('【催办】') } });
  });

  it('reach a robot exactly once although it refused the first call and the engine delivered the worker’s task again', async () => {
    // given an item in the department's hands in working hours, and a WeCom robot that is down for one call
    now = new Date('2026-11-27T10:00:00+08:00');
    const listed = await listedItem(sys, coordinator, 'robot-retry');
    const itemPid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-27', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, itemPid, 'DispatchItem', {});
    await waitForTask(sys.engine, itemPid, 'HandleItem');
    robots.refuseNext(1);
    const refusedBefore = robots.refused();
    // when the deadline passes: the worker's first attempt fails at the robot, and the engine hands it the task again
    await sys.engine.executeJob((await timerAt(sys.engine, itemPid, 'HandlingOverdue')).id);
    await waitForWorkers(sys.engine, itemPid);
    // then the robot was refused once and got the 催办 once; the stored notice says two attempts
    expect(robots.refused() - refusedBefore).toBe(1);
    expect(robots.received.filter((r) => JSON.stringify(r.body).includes(listed.itemNo))).toHaveLength(1);
    const row = await sys.deps.db.getRepository(NotificationEntity).findOneByOrFail({ itemId: listed.id, channel: 'wecom' });
    expect({ status: row.status, attempts: row.attempts }).toEqual({ status: 'sent', attempts: 2 });
    expect(await sys.deps.db.getRepository(SupervisionEntity).countBy({ itemId: listed.id, level: 'urge' })).toBe(1);
  });
});
