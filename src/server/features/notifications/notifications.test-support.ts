import { eq } from 'drizzle-orm';
import { startSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp.ts';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { users } from '../../../db/schema/index.ts';
import type { MailSettings } from '../../platform/env.ts';
import { todayInJapan } from '../procurement/contract-window.ts';
import { createMailer } from './mailer.ts';

export const PUBLIC_URL = 'https://dxship.example.jp';

/** The mail settings of a test installation sending through `smtp`. */
export function mailSettings(smtp: TestSmtpServer | null): MailSettings {
  return {
    smtpUrl: smtp?.url,
    from: 'DXShip ひろしま <dxship@pref.example.jp>',
    publicUrl: PUBLIC_URL,
    digestHour: 8,
  };
}

/** A mailer for `smtp` (mail off when null). */
export const testMailer = (smtp: TestSmtpServer | null) => createMailer(mailSettings(smtp));

/** Gives a test user a mail address (the accounts work sets it through its own UI and API). */
export async function setEmail(t: TestApp, session: Session, email: string | null): Promise<void> {
  await t.db.update(users).set({ email }).where(eq(users.login, session.login));
}

/** The ISO date `days` from today in Japan. */
export function daysFromToday(days: number): string {
  const d = new Date(`${todayInJapan()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * An instant `days` from today at `hour` o'clock Japan time. The job sends mail due by the instant it
 * is given, so a run "now" in a test must not lie before the real clock: use days ≥ 1.
 */
export function atJapanHour(days: number, hour: number): Date {
  return new Date(`${daysFromToday(days)}T${String(hour).padStart(2, '0')}:00:00+09:00`);
}

/** A test app whose mail goes to a real SMTP server on loopback, with a mailer for the job. */
export async function createMailTestApp() {
  const smtp = await startSmtpServer();
  const mailer = testMailer(smtp);
  const t = await createTestApp({ mail: mailSettings(smtp) });
  return {
    t,
    smtp,
    mailer,
    close: async () => {
      mailer.close();
      await t.close();
      await smtp.close();
    },
  };
}
