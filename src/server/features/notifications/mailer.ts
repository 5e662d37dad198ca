import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { MailSettings } from '../../platform/env.ts';

/** Sends mail through the configured SMTP server; `enabled` is false (and `send` refuses) without one. */
export type Mailer = {
  enabled: boolean;
  settings: MailSettings;
  send: (message: SendMailOptions) => Promise<void>;
  close: () => void;
};

/** SMTP replies that will not change on a retry (5xx: no such mailbox, refused, …). */
export function isPermanentFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('responseCode' in error)) return false;
  const code = Number(error.responseCode);
  return code >= 500 && code < 600;
}

/**
 * The mailer of an installation: nodemailer's SMTP transport built from `SMTP_URL` (smtp:// upgrades
 * with STARTTLS when the server offers it, smtps:// is TLS from the start; credentials in the URL).
 */
export function createMailer(settings: MailSettings): Mailer {
  const transport: Transporter | null = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl)
    : null;
  return {
    enabled: transport !== null,
    settings,
    send: async (message) => {
      if (!transport) throw new Error('mail is off (SMTP_URL is not set)');
      await transport.sendMail({ from: settings.from, ...message });
    },
    close: () => transport?.close(),
  };
}
