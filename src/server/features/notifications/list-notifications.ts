import { count, desc, eq, sql } from 'drizzle-orm';
import { notifications } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';

/** The actor's own notifications, unread first, then newest first; with the total and unread counts. */
export async function listNotifications(db: Db, actor: Actor, input: { page?: number; pageSize?: number }) {
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 20;
  const own = eq(notifications.userId, actor.userId ?? '00000000-0000-0000-0000-000000000000');
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(own)
      .orderBy(
        sql`${notifications.readAt} IS NULL DESC`,
        desc(notifications.createdAt),
        desc(notifications.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({
        total: count(),
        unread: sql<number>`count(*) FILTER (WHERE ${notifications.readAt} IS NULL)`.mapWith(Number),
      })
      .from(notifications)
      .where(own),
  ]);
  return { items, total: totals?.total ?? 0, unread: totals?.unread ?? 0, page, pageSize };
}
