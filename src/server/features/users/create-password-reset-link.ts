import { and, eq, isNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { hashToken, newToken } from '../../platform/session.ts';

/** How long a reset link works. */
export const RESET_LINK_HOURS = 24;

/**
 * Issues a one-time password reset link for an account (valid 24 hours); any earlier unused link of
 * the account stops working. Returns the token for the link, which is shown to the administrator once
 * (and may be mailed): only its SHA-256 is stored, and the audit entry records neither.
 */
export async function createPasswordResetLink(
  db: Db,
  actor: Actor,
  userId: string,
  requestId?: string,
): Promise<{ token: string; expiresAt: Date; user: typeof users.$inferSelect }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000);
  const user = await db.transaction(async (tx) => {
    const [found] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!found) throw errors.notFound('利用者');
    if (found.disabled)
      throw errors.conflict('停止中のアカウントにはパスワード再設定リンクを発行できません。');
    await tx
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
    await tx.insert(passwordResetTokens).values({
      tokenHash: hashToken(token),
      userId,
      createdBy: actor.login,
      expiresAt,
    });
    await writeAudit(
      tx,
      actor,
      {
        action: 'user.password_reset_link',
        entityType: 'user',
        entityId: userId,
        after: { expiresAt: expiresAt.toISOString() },
      },
      requestId,
    );
    return found;
  });
  return { token, expiresAt, user };
}

/** The address of a reset link: the token travels in the fragment, so it never reaches logs or Referer. */
export function passwordResetUrl(baseUrl: string, token: string): string {
  return new URL(`/password-reset#token=${token}`, baseUrl).href;
}
