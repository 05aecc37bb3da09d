import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { In, type DataSource } from 'typeorm';
import { NotificationEntity, NotificationWebhookEntity } from '../../db/entities/index.js';
import { memoryDb } from '../../test/support/item-fixtures.js';
import { startHttpReceiver, type HttpReceiver } from '../../test/support/http-receiver.js';
import { CalendarService } from '../calendar/calendar-service.js';
import { createLogger } from '../log/logger.js';
import { Notifier, SEND_LEASE_MS } from './notifier.js';

let db: DataSource;
let robot: HttpReceiver;
// 22:00 on National Day: outside working hours on a statutory holiday.
const holidayNight = new Date('2026-10-01T22:00:00+08:00');

beforeAll(async () => {
  db = await memoryDb();
  robot = await startHttpReceiver();
  await db.transaction((tx) => tx.getRepository(NotificationWebhookEntity).insert({ groupCode: 'dept-fgw', kind: 'wecom', url: `${robot.url}/cgi-bin/webhook/send?key=k` }));
});
afterAll(async () => {
  await robot?.close();
  await db?.destroy();
});

const notifier = (quietHours: boolean) => new Notifier({ db, mailer: null, log: createLogger('test'), calendar: new CalendarService(db), clock: () => holidayNight, quietHours });

describe('quiet hours of group robots', () => {
  it('hold a notice raised on a holiday night for the next working morning', async () => {
    // when a notice to a group with a robot is raised at night with quiet hours on
    await notifier(true).notify({ dedupeKey: 'evt-quiet', recipientType: 'group', recipient: 'dept-fgw', subject: '催办', body: '议题 QQ1 即将超期' });
    // then the robot's notice waits, and nothing reached the robot
    const row = await db.getRepository(NotificationEntity).findOneByOrFail({ dedupeKey: 'evt-quiet:wecom:1' });
    expect({ status: row.status, at: row.scheduledAt?.toISOString() }).toEqual({ status: 'pending', at: '2026-10-08T01:00:00.000Z' });
    expect(robot.received).toHaveLength(0);
  });

  it('send it at once when the bureau has switched them off', async () => {
    // when the same kind of notice is raised with quiet hours off
    await notifier(false).notify({ dedupeKey: 'evt-loud', recipientType: 'group', recipient: 'dept-fgw', subject: '催办', body: '议题 QQ2 即将超期' });
    // then it went out now, once
    const row = await db.getRepository(NotificationEntity).findOneByOrFail({ dedupeKey: 'evt-loud:wecom:1' });
    expect(row.status).toBe('sent');
    expect(robot.received.map((r) => r.body.text.content)).toEqual(['【催办】\n议题 QQ2 即将超期']);
  });
});

describe('notices with two app instances', () => {
  it('are each sent once when both instances deliver what is due at the same time, and a send that died comes due again after its lease', async () => {
    // given two e-mail notices that failed once, and two instances whose mailer is slow
    let now = new Date('2026-11-30T10:00:00+08:00');
    const sent: string[] = [];
    const mailer = { send: async (to: string) => { await new Promise((r) => setTimeout(r, 50)); sent.push(to); } };
    const instance = () => new Notifier({ db, mailer, log: createLogger('test'), clock: () => now, quietHours: false });
    const repo = db.getRepository(NotificationEntity);
    const row = (dedupeKey: string, address: string) => ({ dedupeKey, channel: 'email' as const, recipientType: 'user' as const, recipient: 'u', address, subject: 's', body: 'b', status: 'failed' as const, scheduledAt: now, attempts: 1 });
    await repo.insert([row('two-a', 'a@example.cn'), row('two-b', 'b@example.cn')]);
    // when both deliver at once
    await Promise.all([instance().deliverDue(), instance().deliverDue()]);
    // then each notice went out once, on its second attempt
    expect(sent.sort()).toEqual(['a@example.cn', 'b@example.cn']);
    expect((await repo.findBy({ dedupeKey: In(['two-a', 'two-b']) })).map((r) => [r.status, r.attempts])).toEqual([['sent', 2], ['sent', 2]]);

    // given a notice whose send hangs on one instance (it died, or its mail server never answers)
    await repo.insert(row('two-c', 'c@example.cn'));
    const hanging = new Notifier({ db, mailer: { send: () => new Promise<void>(() => undefined) }, log: createLogger('test'), clock: () => now, quietHours: false });
    void hanging.deliverDue();
    await new Promise((r) => setTimeout(r, 100));
    // then the other instance leaves it alone while the send's lease lasts, and sends it after the lease
    expect(await instance().deliverDue()).toBe(0);
    now = new Date(now.getTime() + SEND_LEASE_MS + 1000);
    expect(await instance().deliverDue()).toBe(1);
    expect(sent).toContain('c@example.cn');
  });
});
