/**
 * Group robots: 企业微信 (WeCom) and 钉钉 (DingTalk) custom robots, in their documented JSON formats. DingTalk's
 * "加签" security setting signs each call with HMAC-SHA256 of `timestamp\nsecret`.
 */
import { createHmac } from 'node:crypto';
import type { WebhookKind } from '../../db/entities/index.js';

export function webhookPayload(kind: WebhookKind, subject: string, body: string): unknown {
  const content = `【${subject}】\n${body}`;
  return { msgtype: 'text', text: { content } }; // the same shape for both robots' text messages
}

export function webhookUrl(kind: WebhookKind, url: string, secret: string | null, now: Date): string {
  if (kind !== 'dingtalk' || !secret) return url;
  const timestamp = String(now.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', timestamp);
  u.searchParams.set('sign', sign);
  return u.toString();
}

/** Posts and checks the robot's answer: both answer HTTP 200 with `errcode` 0 on success. */
export async function postWebhook(url: string, payload: unknown, timeoutMs = 10000): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  let errcode: number | undefined;
  try {
    errcode = (JSON.parse(text) as { errcode?: number }).errcode;
  } catch {
    /* not JSON */
  }
  if (!res.ok || (errcode !== undefined && errcode !== 0)) throw new Error(`webhook answered ${res.status} ${text.slice(0, 200)}`);
}
