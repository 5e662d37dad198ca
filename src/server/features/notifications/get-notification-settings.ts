import { eq } from 'drizzle-orm';
import {
  calendarFeeds,
  NOTIFICATION_KIND_VALUES,
  notificationPreferences,
  users,
} from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { DEFAULT_DELIVERY, NOTIFICATION_KIND_LABELS } from './notification-kinds.ts';

/** The actor's choice per kind (the default where none was made), address and calendar feed state. */
export async function getNotificationSettings(db: Db, actor: Actor, mailEnabled: boolean) {
  const userId = actor.userId ?? '00000000-0000-0000-0000-000000000000';
  const [chosen, [user], [feed]] = await Promise.all([
    db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)),
    db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
    db
      .select({ createdAt: calendarFeeds.createdAt })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId)),
  ]);
  const byKind = new Map(chosen.map((p) => [p.kind, p.delivery]));
  return {
    mailEnabled,
    email: user?.email ?? null,
    preferences: NOTIFICATION_KIND_VALUES.map((kind) => ({
      kind,
      label: NOTIFICATION_KIND_LABELS[kind],
      delivery: byKind.get(kind) ?? DEFAULT_DELIVERY,
    })),
    calendarFeed: { issued: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null },
  };
}
