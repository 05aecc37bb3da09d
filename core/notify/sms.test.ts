import { describe, expect, it } from '@jest/globals';
import { aliyunSignature, percentEncode } from './sms.js';

describe('the Alibaba Cloud SMS request signature', () => {
  it('reproduces the SendSms example of the provider’s documentation', () => {
    const params = {
      AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001', RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0', TemplateCode: 'SMS_71390007', TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
    };
    expect(aliyunSignature(params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('percent-encodes as RFC 3986 does', () => {
    expect([percentEncode('a b'), percentEncode('*'), percentEncode('~-_.'), percentEncode("/=&+!'()")]).toEqual(['a%20b', '%2A', '~-_.', '%2F%3D%26%2B%21%27%28%29']);
  });
});
