import { EntitySchema } from 'typeorm';
import { id, createdAt, str, text, instant, int } from './columns.js';

/** A notice to a person or group, at most once per (event, recipient, channel). */
export interface Notification {
  id: number;
  dedupeKey: string;
  channel: 'inapp' | 'email' | 'sms' | WebhookKind;
  recipientType: 'enterprise' | 'group' | 'user';
  recipient: string;
  address: string | null;
  subject: string;
  body: string;
  itemId: number | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  sentAt: Date | null;
  readAt: Date | null;
  /** Not before this instant (quiet hours); null = at once. */
  scheduledAt: Date | null;
  createdAt: Date;
}
export const NotificationEntity = new EntitySchema<Notification>({
  name: 'Notification',
  tableName: 'notification',
  columns: {
    id,
    dedupeKey: { ...str(191), name: 'dedupe_key' },
    channel: str(16),
    recipientType: { ...str(16), name: 'recipient_type' },
    recipient: str(100),
    address: str(200, true),
    subject: str(200),
    body: text(false),
    itemId: { type: 'int', nullable: true, name: 'item_id' },
    status: str(16),
    attempts: int(),
    sentAt: instant('sent_at'),
    readAt: instant('read_at'),
    scheduledAt: instant('scheduled_at'),
    createdAt,
  },
  uniques: [{ name: 'uq_notification_dedupe', columns: ['dedupeKey'] }],
  indices: [{ name: 'ix_notification_recipient', columns: ['recipientType', 'recipient'] }],
});

export const WEBHOOK_KINDS = ['wecom', 'dingtalk'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** A group robot (企业微信 / 钉钉) that receives a group's notices. */
export interface NotificationWebhook {
  id: number;
  groupCode: string;
  kind: WebhookKind;
  url: string;
  secret: string | null;
  enabled: boolean;
  createdAt: Date;
}
export const NotificationWebhookEntity = new EntitySchema<NotificationWebhook>({
  name: 'NotificationWebhook',
  tableName: 'notification_webhook',
  columns: {
    id,
    groupCode: { ...str(64), name: 'group_code' },
    kind: str(16),
    url: str(500),
    secret: str(200, true),
    enabled: { type: 'boolean', default: true },
    createdAt,
  },
  uniques: [{ name: 'uq_webhook_group_url', columns: ['groupCode', 'url'] }],
});

/** The bureau's wording of one notice to enterprises, replacing the default in core/notify/notice-templates.ts. */
export interface NoticeTemplateRow {
  notice: string;
  subject: string;
  body: string;
  updatedBy: string;
  updatedAt: Date;
}
export const NoticeTemplateEntity = new EntitySchema<NoticeTemplateRow>({
  name: 'NoticeTemplate',
  tableName: 'notice_template',
  columns: {
    notice: { type: 'varchar', length: 32, primary: true },
    subject: str(200),
    body: { type: 'text' },
    updatedBy: { ...str(64), name: 'updated_by' },
    updatedAt: { type: 'datetime', precision: 3, updateDate: true, name: 'updated_at' },
  },
});
