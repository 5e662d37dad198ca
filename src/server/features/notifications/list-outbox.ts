import { count, desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** The mail outbox for the admins, newest first, optionally of one status; with counts per status. */
export async function listOutbox(
  db: Db,
  input: { status?: (typeof mailOutbox.$inferSelect)['status']; page?: number; pageSize?: number },
) {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  const where = input.status ? eq(mailOutbox.status, input.status) : undefined;
  const [items, byStatus] = await Promise.all([
    db
      .select({
        id: mailOutbox.id,
        recipient: mailOutbox.recipient,
        subject: mailOutbox.subject,
        status: mailOutbox.status,
        attempts: mailOutbox.attempts,
        lastError: mailOutbox.lastError,
        nextAttemptAt: mailOutbox.nextAttemptAt,
        sentAt: mailOutbox.sentAt,
        createdAt: mailOutbox.createdAt,
      })
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status),
  ]);
  const counts = { pending: 0, sent: 0, failed: 0, skipped: 0 };
  for (const row of byStatus) counts[row.status] = row.n;
  const total = input.status ? counts[input.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { items, counts, total, page, pageSize };
}
