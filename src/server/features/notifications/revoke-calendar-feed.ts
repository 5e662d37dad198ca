import { eq } from 'drizzle-orm';
import { calendarFeeds } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';

/** Revokes the actor's calendar feed URL (it answers 404 from now on). Audited; a no-op without one. */
export async function revokeCalendarFeed(db: Db, actor: Actor, requestId?: string): Promise<void> {
  const userId = actor.userId;
  if (!userId) return;
  await db.transaction(async (tx) => {
    const removed = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning();
    if (removed.length > 0) {
      await writeAudit(
        tx,
        actor,
        { action: 'calendar_feed.revoke', entityType: 'user', entityId: userId },
        requestId,
      );
    }
  });
}
