import { eq } from 'drizzle-orm';
import { orgs, users } from '../../../db/schema/index.ts';
import { ROLE_LABELS } from '../../../domain/roles.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import type { AccountPolicy, SessionInfo } from '../../platform/session.ts';

/** The signed-in user as the UI needs it: role label, body name and the account's sign-in state. */
export async function presentSession(
  db: Db,
  actor: Actor,
  session: Pick<SessionInfo, 'csrfToken' | 'method'>,
  policy: AccountPolicy,
) {
  const [row] = await db
    .select({ user: users, orgName: orgs.name })
    .from(users)
    .innerJoin(orgs, eq(orgs.code, users.orgCode))
    .where(eq(users.id, actor.userId ?? ''));
  return {
    user: {
      id: actor.userId ?? '',
      login: actor.login,
      displayName: actor.displayName,
      email: row?.user.email ?? null,
      role: actor.role,
      roleLabel: ROLE_LABELS[actor.role],
      body: { code: actor.orgCode, name: row?.orgName ?? '' },
      authMethod: session.method,
      hasPassword: Boolean(row?.user.passwordHash),
      mfaEnabled: Boolean(row?.user.totpEnabledAt),
      // The same rule as the session middleware's (findSessionActor).
      mfaEnrolmentRequired:
        session.method === 'password' &&
        !row?.user.totpEnabledAt &&
        policy.mfaRequiredRoles.includes(actor.role),
      version: row?.user.version ?? 1,
    },
    csrfToken: session.csrfToken,
  };
}

/** One of the user's sessions, marked when it is the one making the request. */
export function presentOwnSession(
  s: {
    id: string;
    method: 'password' | 'oidc';
    ip: string | null;
    userAgent: string | null;
    createdAt: Date;
    lastUsedAt: Date;
    expiresAt: Date;
  },
  currentId: string | undefined,
) {
  return {
    id: s.id,
    method: s.method,
    ip: s.ip,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastUsedAt: s.lastUsedAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    current: s.id === currentId,
  };
}
