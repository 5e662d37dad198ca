import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { mailOutbox } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { isPermanentFailure, type Mailer } from './mailer.ts';
import { renderMail } from './render-mail.ts';

/** Attempts before a mail is given up as failed (about two hours of retries in all). */
export const MAX_ATTEMPTS = 8;
/** A claimed mail whose sender died is tried again after this long. */
const CLAIM_MINUTES = 10;
/**
 * Due by `now` or by the database's own clock, whichever is later: a mail queued a moment ago carries
 * the database's time (microseconds), which a JavaScript Date taken just after may not reach.
 */
const dueBy = (now: Date) =>
  lte(mailOutbox.nextAttemptAt, sql`greatest(now(), ${now.toISOString()}::timestamptz)`);

/** Mails sent in one run at most; the rest wait for the next run. */
const BATCH_LIMIT = 500;

/** The wait after the `attempts`-th failure: 1, 2, 4 … minutes, at most six hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

export type DeliveryCounts = { sent: number; retrying: number; failed: number; skipped: number };

/**
 * Claims one due mail: it is marked as being tried (attempts + 1, not due again for a while) in a
 * statement of its own, so that concurrent senders never take the same mail (SKIP LOCKED) and a sender
 * that dies mid-send leaves it to be tried again later rather than lost.
 */
async function claimNext(db: Db, now: Date) {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'pending'), dueBy(now)))
    .orderBy(asc(mailOutbox.id))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + CLAIM_MINUTES * 60_000),
    })
    .where(eq(mailOutbox.id, sql`(${due})`))
    .returning();
  return row;
}

/**
 * Sends the due mails of the outbox. A mail the SMTP server accepts is marked sent; a temporary
 * failure is retried with exponential backoff, up to {@link MAX_ATTEMPTS}; a permanent refusal (5xx)
 * or the last attempt marks it failed, with the error, for the admins' outbox view. With mail off the
 * due mails are marked skipped (the in-app notifications remain).
 *
 * A crash between the server's acceptance and the mark leaves the mail to be sent again after the
 * claim expires, with the same Message-ID: delivery is at least once, never silently lost.
 */
export async function deliverOutbox(db: Db, mailer: Mailer, now = new Date()): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (!mailer.enabled) {
    const skipped = await db
      .update(mailOutbox)
      .set({ status: 'skipped', lastError: 'メール送信が無効です（SMTP_URL が設定されていません）' })
      .where(and(eq(mailOutbox.status, 'pending'), dueBy(now)))
      .returning({ id: mailOutbox.id });
    counts.skipped = skipped.length;
    return counts;
  }
  for (let i = 0; i < BATCH_LIMIT; i++) {
    const row = await claimNext(db, now);
    if (!row) break;
    try {
      await mailer.send(renderMail(row, mailer.settings));
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: new Date(), lastError: null })
        .where(eq(mailOutbox.id, row.id));
      counts.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = isPermanentFailure(error) || row.attempts >= MAX_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lastError: message.slice(0, 1000),
          nextAttemptAt: new Date(now.getTime() + backoffMinutes(row.attempts) * 60_000),
        })
        .where(eq(mailOutbox.id, row.id));
      if (giveUp) counts.failed++;
      else counts.retrying++;
    }
  }
  return counts;
}
