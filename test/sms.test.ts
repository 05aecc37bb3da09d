/**
 * SMS to the enterprise through the Alibaba Cloud adapter, against a local stand-in for the provider: the notice
 * goes out by its approved template with a request the provider can verify, in working hours.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationEntity } from '../db/entities/index.js';
import { startTestSystem, waitFor, type TestSystem } from './support/harness.js';
import { startHttpReceiver, type HttpReceiver } from './support/http-receiver.js';
import { complete, form1, item } from './support/scenario.js';
import { aliyunSignature } from '../core/notify/sms.js';

let sys: TestSystem;
let provider: HttpReceiver;
let coordinator: string;
const now = new Date('2026-11-26T10:00:00+08:00'); // a Thursday morning: working hours

beforeAll(async () => {
  provider = await startHttpReceiver('{"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"F655A8D5"}');
  sys = await startTestSystem({
    QQ_SMS_PROVIDER: 'aliyun',
    QQ_SMS_ENDPOINT: `${provider.url}/`,
    QQ_SMS_ACCESS_KEY_ID: 'test-key-id',
    QQ_SMS_ACCESS_KEY_SECRET: 'test-key-secret',
    QQ_SMS_SIGN_NAME: '乌审旗政务服务',
    QQ_SMS_TEMPLATES: '{"replied":"SMS_100001"}',
  }, () => now);
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
  await provider?.close();
});

describe('a text message to the enterprise', () => {
  it('goes out by the approved template, signed, with only the item number as parameter', async () => {
    // given an item answered on the spot at screening
    const submitted = await sys.call('POST', '/api/public/items', null, { ...form1('sms'), phone: '13912345678' });
    const i = await item(sys, submitted.body.itemNo);
    await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'answer', answer: '可在政务服务网直接办理。' });
    // when the answer notice is sent
    const request = await waitFor(async () => provider.received.find((r) => r.query.get('Action') === 'SendSms'), 'the SMS request');
    // then it is the template's, to the enterprise's phone, and its signature verifies with the secret
    const q = Object.fromEntries(request.query.entries());
    expect([q.PhoneNumbers, q.TemplateCode, q.SignName, JSON.parse(q.TemplateParam)]).toEqual(['13912345678', 'SMS_100001', '乌审旗政务服务', { itemNo: i.itemNo }]);
    const { Signature, ...signed } = q;
    expect(aliyunSignature(signed, 'test-key-secret')).toBe(Signature);
    const rows = await sys.deps.db.getRepository(NotificationEntity).findBy({ channel: 'sms', itemId: i.id });
    expect(rows.map((r) => [r.status, r.address])).toEqual([['sent', '13912345678']]);
  });

  it('is not sent for a notice without an approved template', async () => {
    const submitted = await sys.call('POST', '/api/public/items', null, form1('sms-declined'));
    const i = await item(sys, submitted.body.itemNo);
    await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'decline', reason: '不属于涉企问题。' });
    await waitFor(async () => (await item(sys, i.itemNo)).status === 'declined', 'the decline');
    await waitFor(async () => (await sys.deps.db.getRepository(NotificationEntity).countBy({ itemId: i.id, channel: 'inapp' })) > 0, 'the in-app notice');
    expect(await sys.deps.db.getRepository(NotificationEntity).countBy({ itemId: i.id, channel: 'sms' })).toBe(0);
  });
});

describe('a text message at night before a holiday', () => {
  it('waits for 09:00 of the next working day, then goes out once', async () => {
    // given a system whose clock reads the evening before National Day
    let clock = new Date('2026-09-30T22:00:00+08:00');
    const night = await startTestSystem({
      QQ_SMS_PROVIDER: 'aliyun', QQ_SMS_ENDPOINT: `${provider.url}/`, QQ_SMS_ACCESS_KEY_ID: 'id', QQ_SMS_ACCESS_KEY_SECRET: 'secret',
      QQ_SMS_SIGN_NAME: '乌审旗政务服务', QQ_SMS_TEMPLATES: '{"replied":"SMS_100001"}',
    }, () => clock);
    try {
      const token = await night.login('coordinator');
      const submitted = await night.call('POST', '/api/public/items', null, { ...form1('sms-night'), phone: '13700001111' });
      const i = await item(night, submitted.body.itemNo);
      // when the answer is given that night
      await complete(night, token, i.processInstanceId!, 'ScreenItem', { screening: 'answer', answer: '已答复。' });
      const row = await waitFor(() => night.deps.db.getRepository(NotificationEntity).findOneBy({ channel: 'sms', itemId: i.id }), 'the SMS notice');
      // then it waits for the first working morning after the holiday, and nothing reached the provider
      expect({ status: row.status, at: row.scheduledAt?.toISOString() }).toEqual({ status: 'pending', at: '2026-10-08T01:00:00.000Z' });
      expect(provider.received.filter((r) => r.query.get('PhoneNumbers') === '13700001111')).toHaveLength(0);
      // and at 09:00 that morning it goes out, once
      clock = new Date('2026-10-08T09:00:00+08:00');
      await night.deps.notifier.deliverDue();
      await night.deps.notifier.deliverDue();
      expect(provider.received.filter((r) => r.query.get('PhoneNumbers') === '13700001111')).toHaveLength(1);
    } finally {
      await night.cleanup();
    }
  });
});
