/**
 * Sends notices at most once per event and recipient. A notice is first stored under a dedupe key (the event's
 * identity, e.g. the external task id, plus the recipient and channel); a retried worker finds the row and does
 * not send again unless the earlier attempt failed before sending.
 */
import type { DataSource } from 'typeorm';
import { NotificationEntity, type Notification } from '../../db/entities/index.js';
import type { Logger } from '../log/logger.js';

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
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
}

export class Notifier {
  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer | null,
    private readonly log: Logger,
  ) {}

  async notify(n: NoticeInput): Promise<void> {
    await this.store({ ...n, dedupeKey: `${n.dedupeKey}:inapp:${n.recipientType}:${n.recipient}` }, 'inapp', null);
    if (n.email && this.mailer) {
      const row = await this.store({ ...n, dedupeKey: `${n.dedupeKey}:email:${n.email}` }, 'email', n.email);
      if (row.status !== 'sent') await this.deliver(row);
    }
  }

  private async store(n: NoticeInput, channel: Notification['channel'], address: string | null): Promise<Notification> {
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
        attempts: 0,
      }));
    } catch (e) {
      // A concurrent delivery of the same event stored it first: that one sends.
      const again = await repo.findOneBy({ dedupeKey: n.dedupeKey });
      if (again) return { ...again, status: 'sent' };
      throw e;
    }
    return (await repo.findOneByOrFail({ dedupeKey: n.dedupeKey })) as Notification;
  }

  private async deliver(row: Notification): Promise<void> {
    // Claim the row: only the attempt that moves attempts from n to n+1 sends.
    const claimed = await this.db.transaction((tx) => tx.getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set({ attempts: row.attempts + 1 })
      .where('id = :id AND attempts = :a AND status <> :sent', { id: row.id, a: row.attempts, sent: 'sent' })
      .execute());
    if (!claimed.affected) return;
    try {
      await this.mailer!.send(row.address!, row.subject, row.body);
      await this.db.transaction((tx) => tx.getRepository(NotificationEntity).update({ id: row.id }, { status: 'sent', sentAt: new Date() }));
    } catch (e) {
      await this.db.transaction((tx) => tx.getRepository(NotificationEntity).update({ id: row.id }, { status: 'failed' }));
      this.log.warn('e-mail delivery failed', { notificationId: row.id, error: (e as Error).message });
      throw e;
    }
  }
}
