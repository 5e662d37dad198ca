import { eq } from 'drizzle-orm';
import { orgs } from '../../../db/schema/index.ts';
import { ROLE_LABELS } from '../../../domain/roles.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';

/** The signed-in user as the UI needs it: role label and body name included. */
export async function presentSession(db: Db, actor: Actor, csrfToken: string) {
  const [org] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.code, actor.orgCode));
  return {
    user: {
      id: actor.userId ?? '',
      login: actor.login,
      displayName: actor.displayName,
      role: actor.role,
      roleLabel: ROLE_LABELS[actor.role],
      body: { code: actor.orgCode, name: org?.name ?? '' },
    },
    csrfToken,
  };
}
