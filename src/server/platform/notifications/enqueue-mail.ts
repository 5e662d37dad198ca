import { mailOutbox, type OutboxAttachment } from '../../../db/schema/index.ts';
import type { Db } from '../db.ts';

/** A mail to queue: the sender adds the absolute link, the settings footer and the HTML part. */
export type QueuedMail = {
  to: string;
  subject: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  /** A path in the web UI (`/meetings/…`) or an absolute URL, shown as the link back to the record. */
  link?: string | null;
  attachments?: OutboxAttachment[];
  /** The account the mail is for, if any (shown in the admin's outbox). */
  userId?: string | null;
  /** Names the mail: a second enqueue with the same key is ignored. */
  dedupeKey?: string;
};

/**
 * Queues a mail in the transaction `tx` of the change it reports (the transactional outbox): it is
 * sent by the notifications job after the transaction commits, and never if it rolls back. Retries
 * with backoff are the job's. When mail is off (no SMTP_URL) the job marks it skipped.
 *
 * Example (a password-reset link):
 * `await enqueueMail(tx, { to: user.email, subject: 'パスワード再設定のご案内', body, link, userId: user.id })`
 *
 * @returns the outbox id, or null when a mail with the same `dedupeKey` is already queued.
 */
export async function enqueueMail(tx: Db, mail: QueuedMail): Promise<number | null> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      recipient: mail.to,
      userId: mail.userId ?? null,
      subject: mail.subject,
      body: mail.body,
      link: mail.link ?? null,
      attachments: mail.attachments ?? [],
      dedupeKey: mail.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  return row?.id ?? null;
}
