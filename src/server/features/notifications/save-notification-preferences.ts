import { sql } from 'drizzle-orm';
import { notificationPreferences } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { SavePreferencesInput } from './notifications.schema.ts';

/**
 * Sets the actor's choice for the kinds given (others keep theirs): an idempotent upsert, so two
 * identical saves never conflict. Applies to notifications created from now on. Audited.
 */
export async function saveNotificationPreferences(
  db: Db,
  actor: Actor,
  input: SavePreferencesInput,
  requestId?: string,
): Promise<void> {
  const userId = actor.userId;
  if (!userId) throw errors.forbidden('運用コマンドには通知設定がありません。');
  const byKind = new Map(input.preferences.map((p) => [p.kind, p.delivery]));
  if (byKind.size === 0) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values([...byKind].map(([kind, delivery]) => ({ userId, kind, delivery })))
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { delivery: sql`excluded.delivery` },
      });
    await writeAudit(
      tx,
      actor,
      {
        action: 'notification_preferences.save',
        entityType: 'user',
        entityId: userId,
        after: Object.fromEntries(byKind),
      },
      requestId,
    );
  });
}
