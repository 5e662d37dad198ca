import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** Changes what a user may change about their own account: the e-mail address (empty clears it). */
export async function updateOwnAccount(
  db: Db,
  actor: Actor,
  input: { email: string | null },
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  if (!actor.userId) throw errors.unauthenticated();
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw errors.unauthenticated();
    assertVersion(before.version, expected);
    const [after] = await tx
      .update(users)
      .set({ email: input.email, version: nextVersion(users.version) })
      .where(eq(users.id, userId))
      .returning();
    if (!after) throw new Error('update returned no row');
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(
      tx,
      actor,
      {
        action: 'user.update_own',
        entityType: 'user',
        entityId: userId,
        before: { email: before.email },
        after: { email: after.email },
      },
      requestId,
    );
    return after;
  });
}
