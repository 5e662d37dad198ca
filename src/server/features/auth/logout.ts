import { eq, lt } from 'drizzle-orm';
import { sessions } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import type { Db } from '../../platform/db.ts';

/** Ends a session (and sweeps expired ones while at it). */
export async function logout(db: Db, actor: Actor, tokenHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    await tx.delete(sessions).where(lt(sessions.expiresAt, new Date()));
    await markChanged(tx, 'auth'); // every process forgets the session it may hold in memory
    await writeAudit(tx, actor, {
      action: 'logout',
      entityType: 'user',
      entityId: actor.userId ?? actor.login,
    });
  });
}
