/** Notices reach a real SMTP server exactly once per event and recipient, across a worker's forced retry. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationEntity } from '../db/entities/index.js';
import { createHandler } from '../workers/handlers/enterprise-notify.js';
import { startTestSystem, waitFor, type TestSystem } from './support/harness.js';
import { complete, form1, item, waitForStatus } from './support/scenario.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

let sys: TestSystem;
let smtp: SmtpSink;
let coordinator: string;

beforeAll(async () => {
  smtp = await startSmtpSink();
  sys = await startTestSystem({ QQ_SMTP_HOST: '127.0.0.1', QQ_SMTP_PORT: String(smtp.port) });
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
  await smtp?.close();
});

describe('e-mail to the enterprise', () => {
  it('is delivered once although the first attempt failed and the engine redelivered the task', async () => {
    // given an enterprise that left an e-mail address, and a mail server that refuses the first message
    const submitted = await sys.call('POST', '/api/public/items', null, { ...form1('mail'), email: 'boss@energy.example.cn' });
    const i = await item(sys, submitted.body.itemNo);
    smtp.refuseNext(1);
    // when the coordinator declines the item (the model notifies the enterprise)
    await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'decline', reason: '不属于政务服务事项，建议通过司法途径解决。' });
    await waitForStatus(sys, i.itemNo, 'declined');
    // then after the retry exactly one message arrived, with the reason
    const mail = await waitFor(async () => (smtp.messages.length ? smtp.messages : null), 'mail');
    await waitFor(async () => (await sys.engine.externalTasks({ processInstanceId: i.processInstanceId! })).length === 0, 'notify task done');
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe('议题不予受理告知');
    expect(mail[0].text).toContain('不属于政务服务事项');
    const row = await sys.deps.db.getRepository(NotificationEntity).findOneByOrFail({ itemId: i.id, channel: 'email' });
    expect({ status: row.status, attempts: row.attempts }).toEqual({ status: 'sent', attempts: 2 });
    expect((await sys.engine.historicInstance(i.processInstanceId!)).state).toBe('COMPLETED');
  });

  it('is not sent again when the same task is delivered a second time', async () => {
    const submitted = await sys.call('POST', '/api/public/items', null, { ...form1('redeliver'), email: 'cfo@energy.example.cn' });
    const i = await item(sys, submitted.body.itemNo);
    const handler = createHandler({ ...sys.deps, publicUrl: 'http://localhost' });
    const task = { id: 'redelivered-task-1', topicName: 'enterprise-notify', activityId: 'NotifyDeclined', processInstanceId: i.processInstanceId!, businessKey: i.itemNo, retries: null, get: <T>(n: string) => ({ itemNo: i.itemNo, notice: 'progress' } as Record<string, unknown>)[n] as T };
    const before = smtp.messages.length;
    await handler(task);
    await handler(task);
    expect(smtp.messages.length - before).toBe(1);
    expect(await sys.deps.db.getRepository(NotificationEntity).countBy({ itemId: i.id, channel: 'inapp' })).toBe(1);
  });
});
