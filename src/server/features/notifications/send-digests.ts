import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { notifications, users } from '../../../db/schema/index.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { Db } from '../../platform/db.ts';
import { enqueueMail } from '../../platform/notifications/enqueue-mail.ts';
import { mailSubject } from '../../platform/notifications/notify.ts';
import { todayInJapan } from '../procurement/contract-window.ts';
import { absoluteUrl } from './render-mail.ts';

/** Items listed in one digest at most (the rest are in the inbox, which the mail links to). */
const MAX_ITEMS = 50;

/** The hour of the day in Japan (UTC+9). */
export function hourInJapan(now: Date): number {
  return (now.getUTCHours() + 9) % 24;
}

/**
 * Queues the daily digest: from `digestHour` (Japan time), one mail per person listing the
 * notifications they chose to receive as a digest that no digest has taken yet. One digest a day per
 * person (its dedupe key names the day), and the notifications it takes are marked in the same
 * transaction, so a second run the same day queues nothing. People without an address keep them in
 * the inbox only. Returns the number of digests queued.
 */
export async function sendDigests(
  db: Db,
  settings: { publicUrl: string; digestHour: number },
  now = new Date(),
): Promise<number> {
  if (hourInJapan(now) < settings.digestHour) return 0;
  const today = todayInJapan(now);
  const waiting = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.delivery, 'digest'), isNull(notifications.digestedAt)));
  let queued = 0;
  for (const { userId } of waiting) {
    queued += await db.transaction(async (tx) => {
      const items = await tx
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            eq(notifications.delivery, 'digest'),
            isNull(notifications.digestedAt),
          ),
        )
        .orderBy(asc(notifications.createdAt), asc(notifications.id))
        .for('update', { skipLocked: true });
      if (items.length === 0) return 0;
      const [user] = await tx
        .select({ email: users.email, disabled: users.disabled })
        .from(users)
        .where(eq(users.id, userId));
      let mailed = 0;
      if (user?.email && !user.disabled) {
        const lines = items
          .slice(0, MAX_ITEMS)
          .map((n) => `■ ${n.title}${n.link ? `\n  ${absoluteUrl(settings, n.link)}` : ''}`);
        const more =
          items.length > MAX_ITEMS ? [`ほか ${items.length - MAX_ITEMS} 件は通知一覧で確認できます。`] : [];
        const id = await enqueueMail(tx, {
          to: user.email,
          userId,
          subject: mailSubject(`${formatWareki(today)}の通知まとめ（${items.length}件）`),
          body: [`DXShip からのお知らせが ${items.length} 件あります。`, lines.join('\n'), ...more].join(
            '\n\n',
          ),
          link: '/notifications',
          dedupeKey: `digest:${userId}:${today}`,
        });
        // Today's digest already went: these wait for tomorrow's.
        if (id === null) return 0;
        mailed = 1;
      }
      await tx
        .update(notifications)
        .set({ digestedAt: now })
        .where(
          inArray(
            notifications.id,
            items.map((n) => n.id),
          ),
        );
      return mailed;
    });
  }
  return queued;
}
