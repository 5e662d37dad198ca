import { and, eq, sql } from 'drizzle-orm';
import { notifications } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';

/** Marks one of the actor's notifications read (404 for another person's: its existence is private). */
export async function markNotificationRead(db: Db, actor: Actor, id: number): Promise<boolean> {
  if (!actor.userId) return false;
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id });
  return row !== undefined;
}
