/** E-mail through SMTP (nodemailer). */
import nodemailer from 'nodemailer';
import type { Mailer } from './notifier.js';

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  from: string;
}

export function createSmtpMailer(o: SmtpOptions): Mailer {
  const transport = nodemailer.createTransport({
    host: o.host,
    port: o.port,
    secure: o.secure,
    auth: o.user ? { user: o.user, pass: o.password } : undefined,
    // A local relay without TLS is common in government intranets.
    ignoreTLS: !o.secure && !o.user,
    connectionTimeout: 10000,
    socketTimeout: 20000,
  });
  const domain = /@([^>\s]+)/.exec(o.from)?.[1] ?? 'qinqing.local';
  return {
    async send(to, subject, body, noticeId) {
      await transport.sendMail({ from: o.from, to, subject, text: body, messageId: `<notice-${noticeId}@${domain}>` });
    },
  };
}
