import { sql } from 'drizzle-orm';
import { calendarFeeds } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { hashFeedToken, newFeedToken } from './calendar-feed-token.ts';

/**
 * Issues the actor's personal calendar feed URL, replacing (and so revoking) any earlier one. The
 * secret is shown only now; the table keeps its SHA-256. Audited without the secret.
 */
export async function issueCalendarFeed(db: Db, actor: Actor, publicUrl: string, requestId?: string) {
  const userId = actor.userId;
  if (!userId) throw errors.forbidden('運用コマンドには予定表がありません。');
  const token = newFeedToken();
  const createdAt = new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash: hashFeedToken(token), createdAt })
      .onConflictDoUpdate({
        target: calendarFeeds.userId,
        set: { tokenHash: sql`excluded.token_hash`, createdAt: sql`excluded.created_at` },
      });
    await writeAudit(
      tx,
      actor,
      { action: 'calendar_feed.issue', entityType: 'user', entityId: userId },
      requestId,
    );
  });
  return { url: `${publicUrl}/api/calendar/${token}.ics`, createdAt: createdAt.toISOString() };
}
