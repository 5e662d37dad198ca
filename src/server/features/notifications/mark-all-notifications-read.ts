import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';

/** Marks every unread notification of the actor read; returns how many. */
export async function markAllNotificationsRead(db: Db, actor: Actor): Promise<number> {
  if (!actor.userId) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
