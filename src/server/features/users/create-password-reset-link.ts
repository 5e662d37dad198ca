import { and, eq, isNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/notifications/enqueue-mail.ts';
import { hashToken, newToken } from '../../platform/session.ts';

/** How long a reset link works. */
export const RESET_LINK_HOURS = 24;

/**
 * Issues a one-time password reset link for an account (valid 24 hours); any earlier unused link of
 * the account stops working. The link is shown to the administrator once and, when mail is on and the
 * account has an address, mailed to its owner through the outbox in the same transaction. Only the
 * token's SHA-256 is stored, and the audit entry records neither.
 */
export async function createPasswordResetLink(
  db: Db,
  actor: Actor,
  input: { userId: string; baseUrl: string; mailOn: boolean },
  requestId?: string,
): Promise<{ url: string; expiresAt: Date; mailedTo: string | null }> {
  const { userId } = input;
  const token = newToken();
  const url = passwordResetUrl(input.baseUrl, token);
  const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000);
  const mailed = await db.transaction(async (tx) => {
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
    const mailedTo = input.mailOn && found.email ? found.email : null;
    if (mailedTo) {
      await enqueueMail(tx, {
        to: mailedTo,
        userId,
        subject: '【DXShip】パスワード再設定のご案内',
        body: [
          `${found.displayName} 様`,
          `管理者（${actor.displayName}）が、DXShip のパスワード再設定リンクを発行しました。`,
          `次のリンクから、${RESET_LINK_HOURS}時間以内に新しいパスワードを設定してください（1回だけ使えます）。`,
          'お心当たりのない場合は、このメールを破棄し、所属団体の管理者にお知らせください。',
        ].join('\n\n'),
        link: url,
      });
    }
    await writeAudit(
      tx,
      actor,
      {
        action: 'user.password_reset_link',
        entityType: 'user',
        entityId: userId,
        after: { expiresAt: expiresAt.toISOString(), mailed: mailedTo !== null },
      },
      requestId,
    );
    return mailedTo;
  });
  return { url, expiresAt, mailedTo: mailed };
}

/** The address of a reset link: the token travels in the fragment, so it never reaches logs or Referer. */
export function passwordResetUrl(baseUrl: string, token: string): string {
  return new URL(`/password-reset#token=${token}`, baseUrl).href;
}
