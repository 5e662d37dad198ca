import { sessions, type users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { hashToken, newToken } from '../../platform/session.ts';

/** Where a sign-in comes from: the client's address, its user agent and the session lifetime. */
export type SignInContext = { ip: string; userAgent: string | undefined; sessionTtlHours: number };

/** A session just opened: the cookie's token, the CSRF token and who signed in. */
export type OpenedSession = { token: string; csrfToken: string; expiresAt: Date; actor: Actor };

/** The actor of a user row. */
export function actorOf(user: typeof users.$inferSelect): Actor {
  return {
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    orgCode: user.orgCode,
  };
}

/** Opens a session for a user whose sign-in is complete, and audits the sign-in with its method. */
export async function openSession(
  db: Db,
  user: typeof users.$inferSelect,
  method: 'password' | 'oidc',
  context: SignInContext,
): Promise<OpenedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + context.sessionTtlHours * 3_600_000);
  const actor = actorOf(user);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt,
      method,
      ip: context.ip,
      userAgent: context.userAgent?.slice(0, 500) ?? null,
    });
    await writeAudit(tx, actor, {
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      after: { method },
    });
  });
  return { token, csrfToken, expiresAt, actor };
}
