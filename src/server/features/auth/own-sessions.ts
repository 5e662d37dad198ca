import { and, desc, eq, gt } from 'drizzle-orm';
import { sessions } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** The signed-in user's unexpired sessions, the most recently used first. */
export async function listOwnSessions(db: Db, actor: Actor) {
  if (!actor.userId) return [];
  return db
    .select({
      id: sessions.id,
      method: sessions.method,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, actor.userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastUsedAt), desc(sessions.createdAt));
}

/** Ends one of the signed-in user's own sessions (404 for anyone else's: not even confirmed to exist). */
export async function endOwnSession(db: Db, actor: Actor, id: string, requestId?: string): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = actor.userId
      ? await tx
          .delete(sessions)
          .where(and(eq(sessions.id, id), eq(sessions.userId, actor.userId)))
          .returning({ id: sessions.id })
      : [];
    if (ended.length === 0) throw errors.notFound('セッション');
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(
      tx,
      actor,
      {
        action: 'session.end',
        entityType: 'user',
        entityId: actor.userId ?? actor.login,
        after: { session: id },
      },
      requestId,
    );
  });
}
