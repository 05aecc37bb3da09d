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
    // (On a loaded machine the redelivery can wait for the task's lock to expire, 60 s, if reporting the failure
    // itself failed: the wait allows for it, the assertions are the same.)
    const mail = await waitFor(async () => (smtp.messages.length ? smtp.messages : null), 'mail', 75_000);
    await waitFor(async () => (await sys.engine.externalTasks({ processInstanceId: i.processInstanceId! })).length === 0, 'notify task done', 75_000);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe('议题不予受理告知');
    expect(mail[0].text).toContain('不属于政务服务事项');
    const row = await sys.deps.db.getRepository(NotificationEntity).findOneByOrFail({ itemId: i.id, channel: 'email' });
    expect({ status: row.status, attempts: row.attempts }).toEqual({ status: 'sent', attempts: 2 });
    // named by the stored notice, so a resend after a crash is recognisably the same message
    expect(mail[0].messageId).toBe(`<notice-${row.id}@qinqing.local>`);
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

describe('the wording of notices to enterprises', () => {
  it('is the bureau’s once a coordinator changes it, checked for unknown placeholders, and the default again after a reset', async () => {
    const coordinator = await sys.login('coordinator');
    // a typo in a placeholder is refused
    const typo = await sys.call('PUT', '/api/notice-templates/declined', coordinator, { subject: '不予受理', body: '议题 {itmNo} 不予受理' });
    expect([typo.status, typo.body.code]).toEqual([400, 'TEMPLATE_PLACEHOLDER_UNKNOWN']);
    // the coordinator writes the bureau's own wording
    const saved = await sys.call('PUT', '/api/notice-templates/declined', coordinator, { subject: '【乌审旗政数局】议题告知', body: '您好，议题{itemNo}经研究暂不列入问题清单，原因：{reply}。如有疑问请致电0477-7612345。' });
    expect(saved.status).toBe(204);
    // an item declined afterwards is told in that wording
    const submitted = await sys.call('POST', '/api/public/items', null, form1('template'));
    const i = await item(sys, submitted.body.itemNo);
    await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'decline', reason: '属个人诉求' });
    const notice = await waitFor(() => sys.deps.db.getRepository(NotificationEntity).findOneBy({ recipient: i.itemNo, channel: 'inapp' }), 'the notice');
    expect([notice.subject, notice.body]).toEqual(['【乌审旗政数局】议题告知', `您好，议题${i.itemNo}经研究暂不列入问题清单，原因：属个人诉求。如有疑问请致电0477-7612345。`]);
    // and a reset brings the default back; departments may not change the wording
    expect((await sys.call('DELETE', '/api/notice-templates/declined', coordinator)).status).toBe(204);
    const list = await sys.call('GET', '/api/notice-templates', coordinator);
    expect(list.body.templates.find((t: { notice: string }) => t.notice === 'declined')).toMatchObject({ custom: false, subject: '议题不予受理告知' });
    expect((await sys.call('PUT', '/api/notice-templates/declined', await sys.login('fgw'), { subject: 'x', body: 'y' })).status).toBe(403);
  });
});
