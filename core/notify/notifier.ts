/**
 * Sends notices at most once per event and recipient. A notice is first stored under a dedupe key (the event's
 * identity, e.g. the external task id, plus the recipient and channel); a retried worker finds the row and does
 * not send again unless the earlier attempt failed before sending.
 *
 * Channels: in-app (delivered by being stored), e-mail (when an address is known and SMTP is configured), and the
 * group robots configured for a group (企业微信, 钉钉), which respect quiet hours: outside working hours the row
 * waits with its delivery time, and `deliverDue` sends it then.
 */
import { In, LessThanOrEqual } from 'typeorm';
import type { DataSource } from 'typeorm';
import { NotificationEntity, NotificationWebhookEntity, WEBHOOK_KINDS, type Notification, type WebhookKind } from '../../db/entities/index.js';
import type { Logger } from '../log/logger.js';
import type { SmsSender } from './sms.js';
import type { CalendarService } from '../calendar/calendar-service.js';
import { deliveryTime } from './quiet-hours.js';
import { postWebhook, webhookPayload, webhookUrl } from './webhooks.js';

export interface Mailer {
  /** `noticeId` names the stored notice: a resend after a crash carries the same Message-ID, so mail systems and
   * readers can tell it is the same message. */
  send(to: string, subject: string, body: string, noticeId: number): Promise<void>;
}

export interface NoticeInput {
  dedupeKey: string;
  recipientType: Notification['recipientType'];
  recipient: string;
  subject: string;
  body: string;
  itemId?: number | null;
  /** E-mail address; when given (and a mailer is configured) the notice also goes out by e-mail. */
  email?: string | null;
  /** A text message by an approved template (when an SMS provider has one for it); sent in working hours. */
  sms?: { phone: string; template: string; params: Record<string, string> } | null;
}

/** How long a claimed send is left to the instance sending it (longer than any send's own timeout). */
export const SEND_LEASE_MS = 45_000;

/** Attempts before a failed delivery is left for an operator. */
const MAX_ATTEMPTS = 5;

export interface NotifierDeps {
  db: DataSource;
  mailer: Mailer | null;
  log: Logger;
  /** The official calendar, for quiet hours; without it robots and texts go out at once. */
  calendar?: CalendarService | null;
  clock?: () => Date;
  sms?: SmsSender | null;
  /** Robots and texts wait for working hours (09:00–18:00 on working days); off, they go out at once. */
  quietHours?: boolean;
}

export class Notifier {
  private readonly db: DataSource;
  private readonly mailer: Mailer | null;
  private readonly log: Logger;
  private readonly calendar: CalendarService | null;
  private readonly clock: () => Date;
  private readonly sms: SmsSender | null;
  private readonly quietHours: boolean;

  constructor(d: NotifierDeps) {
    this.db = d.db;
    this.mailer = d.mailer;
    this.log = d.log;
    this.calendar = d.calendar ?? null;
    this.clock = d.clock ?? (() => new Date());
    this.sms = d.sms ?? null;
    this.quietHours = d.quietHours ?? true;
  }

  /** When a robot's or a text's notice may go out. */
  private async deliveryAt(): Promise<Date> {
    return this.calendar && this.quietHours ? deliveryTime(this.clock(), await this.calendar.get()) : this.clock();
  }

  async notify(n: NoticeInput): Promise<void> {
    await this.store({ ...n, dedupeKey: `${n.dedupeKey}:inapp:${n.recipientType}:${n.recipient}` }, 'inapp', null, null);
    if (n.email && this.mailer) {
      const row = await this.store({ ...n, dedupeKey: `${n.dedupeKey}:email:${n.email}` }, 'email', n.email, null);
      if (row.status !== 'sent') await this.deliver(row);
    }
    if (n.sms && this.sms?.supports(n.sms.template)) {
      // Texts wait for working hours like the group robots; the row keeps the template key as its subject and
      // the parameters as its body, which is what a retry sends again.
      const at = await this.deliveryAt();
      const row = await this.store({ ...n, dedupeKey: `${n.dedupeKey}:sms:${n.sms.phone}`, subject: n.sms.template, body: JSON.stringify(n.sms.params) }, 'sms', n.sms.phone, at);
      if (row.status !== 'sent' && at.getTime() <= this.clock().getTime()) await this.deliver(row).catch(() => undefined);
    }
    if (n.recipientType === 'group') {
      const hooks = await this.db.getRepository(NotificationWebhookEntity).findBy({ groupCode: n.recipient, enabled: true });
      const at = await this.deliveryAt();
      for (const hook of hooks) {
        const row = await this.store({ ...n, dedupeKey: `${n.dedupeKey}:${hook.kind}:${hook.id}` }, hook.kind, hook.url, at);
        if (row.status !== 'sent' && at.getTime() <= this.clock().getTime()) await this.deliver(row);
      }
    }
  }

  /** Sends what waited for working hours (and retries failed sends); the app calls it every minute. */
  async deliverDue(): Promise<number> {
    const due = await this.db.getRepository(NotificationEntity).find({
      where: { channel: In(['email', 'sms', ...WEBHOOK_KINDS]), status: In(['pending', 'failed']), scheduledAt: LessThanOrEqual(this.clock()) },
      order: { id: 'ASC' },
      take: 200,
    });
    let sent = 0;
    for (const row of due.filter((r) => r.attempts < MAX_ATTEMPTS)) {
      try {
        if (await this.deliver(row)) sent++;
      } catch {
        /* recorded as failed; tried again next time */
      }
    }
    return sent;
  }

  private async store(n: NoticeInput, channel: Notification['channel'], address: string | null, scheduledAt: Date | null): Promise<Notification> {
    const repo = this.db.getRepository(NotificationEntity);
    const existing = await repo.findOneBy({ dedupeKey: n.dedupeKey });
    if (existing) return existing;
    try {
      await this.db.transaction((tx) => tx.getRepository(NotificationEntity).insert({
        dedupeKey: n.dedupeKey,
        channel,
        recipientType: n.recipientType,
        recipient: n.recipient,
        address,
        subject: n.subject,
        body: n.body,
        itemId: n.itemId ?? null,
        // In-app notices are delivered by being stored.
        status: channel === 'inapp' ? 'sent' : 'pending',
        sentAt: channel === 'inapp' ? new Date() : null,
        scheduledAt: channel === 'inapp' ? null : scheduledAt ?? new Date(),
        attempts: 0,
      }));
    } catch (e) {
      // A concurrent delivery of the same event stored it first: that one sends.
      const again = await repo.findOneBy({ dedupeKey: n.dedupeKey });
      if (again) return { ...again, status: 'sent' };
      throw e;
    }
    return await repo.findOneByOrFail({ dedupeKey: n.dedupeKey });
  }

  /** Sends one stored notice; only the attempt that claims the row (attempts n → n+1) sends. */
  private async deliver(row: Notification): Promise<boolean> {
    const claimed = await this.db.transaction((tx) => tx.getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      // The claim also moves the row out of every instance's due list while it is being sent: only a send that
      // died with its process comes due again, after SEND_LEASE_MS.
      .set({ attempts: row.attempts + 1, scheduledAt: new Date(this.clock().getTime() + SEND_LEASE_MS) })
      .where('id = :id AND attempts = :a AND status <> :sent', { id: row.id, a: row.attempts, sent: 'sent' })
      .execute());
    if (!claimed.affected) return false;
    try {
      if (row.channel === 'email') {
        await this.mailer!.send(row.address!, row.subject, row.body, row.id);
      } else if (row.channel === 'sms') {
        if (!this.sms) throw new Error('no SMS provider configured');
        await this.sms.send(row.address!, row.subject, JSON.parse(row.body) as Record<string, string>);
      } else {
        const kind = row.channel as WebhookKind;
        const hook = await this.db.getRepository(NotificationWebhookEntity).findOneBy({ groupCode: row.recipient, url: row.address! });
        await postWebhook(webhookUrl(kind, row.address!, hook?.secret ?? null, this.clock()), webhookPayload(kind, row.subject, row.body));
      }
      await this.db.transaction((tx) => tx.getRepository(NotificationEntity).update({ id: row.id }, { status: 'sent', sentAt: new Date() }));
      return true;
    } catch (e) {
      await this.db.transaction((tx) => tx.getRepository(NotificationEntity).update({ id: row.id }, { status: 'failed', scheduledAt: this.clock() }));
      this.log.warn('notice delivery failed', { notificationId: row.id, channel: row.channel, error: (e as Error).message });
      throw e;
    }
  }
}
