/**
 * 短信: notices to an enterprise's mobile phone. Chinese SMS carriers send only pre-approved templates with
 * parameters, so a notice is sent as (template key, parameters); the provider maps the key to its template code.
 * Adapters: Alibaba Cloud SMS (Dysmsapi SendSms, RPC signature v1, HMAC-SHA1), and a logging one for trials.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { maskPhone } from '../privacy/mask.js';

export interface SmsSender {
  /** Whether a template is configured for this notice (else the notice goes without SMS). */
  supports(template: string): boolean;
  send(phone: string, template: string, params: Record<string, string>): Promise<void>;
}

export interface AliyunSmsOptions {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** Notice key → the approved template code (SMS_…). */
  templates: Record<string, string>;
  timeoutMs: number;
}

/** RFC 3986 percent-encoding as the RPC signature wants it (space %20, * %2A, ~ kept). */
export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The RPC v1 signature of a GET request's parameters. */
export function aliyunSignature(params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params).filter((k) => k !== 'Signature').sort().map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`).join('&');
  const stringToSign = `GET&${percentEncode('/')}&${percentEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}

export function createAliyunSms(o: AliyunSmsOptions, clock: () => Date = () => new Date()): SmsSender {
  return {
    supports: (template) => !!o.templates[template],
    async send(phone, template, params) {
      const q: Record<string, string> = {
        AccessKeyId: o.accessKeyId,
        Action: 'SendSms',
        Format: 'JSON',
        PhoneNumbers: phone,
        RegionId: 'cn-hangzhou',
        SignName: o.signName,
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: randomUUID(),
        SignatureVersion: '1.0',
        TemplateCode: o.templates[template],
        TemplateParam: JSON.stringify(params),
        Timestamp: clock().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        Version: '2017-05-25',
      };
      const url = new URL(o.endpoint);
      url.search = `Signature=${percentEncode(aliyunSignature(q, o.accessKeySecret))}&${Object.entries(q).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')}`;
      const res = await fetch(url, { signal: AbortSignal.timeout(o.timeoutMs) });
      const body = (await res.json().catch(() => ({}))) as { Code?: string; Message?: string };
      // The phone number stays out of the error: errors are logged.
      if (!res.ok || body.Code !== 'OK') throw new Error(`SMS provider refused (${res.status} ${body.Code ?? ''} ${body.Message ?? ''})`.trim());
    },
  };
}

/** For trying the system out without a provider: the text is logged (the phone masked), not sent. */
export function createLoggingSms(log: { info(msg: string, fields?: Record<string, unknown>): void }): SmsSender {
  return {
    supports: () => true,
    async send(phone, template, params) {
      log.info('sms (not sent: QQ_SMS_PROVIDER=log)', { to: maskPhone(phone), template, params });
    },
  };
}
