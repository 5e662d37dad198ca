import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { unlockLogin } from '../auth/throttle.ts';

/** An administrator unlocks a login locked out by failed sign-ins (its earlier failures stop counting). */
export async function unlockUserLogin(
  db: Db,
  actor: Actor,
  userId: string,
  requestId?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ login: users.login }).from(users).where(eq(users.id, userId));
    if (!user) throw errors.notFound('利用者');
    await unlockLogin(tx, user.login);
    await writeAudit(tx, actor, { action: 'user.unlock', entityType: 'user', entityId: userId }, requestId);
  });
}
