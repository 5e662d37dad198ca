import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import { isLockedOut } from '../auth/throttle.ts';

/** One account the actor may see (404 otherwise), with whether its login is locked out right now. */
export async function getUser(db: Db, actor: Actor, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user) throw errors.notFound('利用者');
  assertBodyAccess(actor, user.orgCode, '利用者');
  return { user, lockedOut: await isLockedOut(db, user.login) };
}
