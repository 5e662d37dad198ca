import { eq } from 'drizzle-orm';
import { mfaRecoveryCodes, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { markChanged } from '../../platform/change-feed.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { confirmCurrentPassword, ownUser } from './change-password.ts';
import { checkedAttempt } from './throttle.ts';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpEnrolment } from './totp.ts';

/**
 * Starts enrolling an authenticator app: a new secret, kept as pending until a code confirms it, and
 * its `otpauth://` URI and QR code. Starting again replaces the pending secret; an enrolled one stays
 * in force until the new one is confirmed.
 */
export async function startTotpEnrolment(db: Db, actor: Actor) {
  const user = await ownUser(db, actor);
  const secret = newTotpSecret();
  await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, user.id));
  return { secret, ...(await totpEnrolment(secret, user.login)) };
}

/**
 * Confirms an enrolment with a code from the app (throttled like sign-in codes): the pending secret
 * becomes the account's, and 10 new recovery codes replace any older ones. The codes are returned
 * once; only their hashes are kept.
 */
export async function confirmTotpEnrolment(
  db: Db,
  actor: Actor,
  input: { code: string; ip: string },
  requestId?: string,
): Promise<string[]> {
  const user = await ownUser(db, actor);
  if (!user.totpPendingSecret) {
    throw errors.conflict('先に「認証アプリを登録する」で QR コードを表示してください。');
  }
  const pendingSecret = user.totpPendingSecret;
  const step = await checkedAttempt(db, { login: user.login, ip: input.ip, kind: 'totp' }, async () =>
    matchTotp(pendingSecret, input.code.trim()),
  );
  if (step === null) {
    throw errors.validation([
      {
        path: 'code',
        message: '確認コードが正しくありません。認証アプリに表示されている6桁の数字を入力してください',
      },
    ]);
  }
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastStep: step,
      })
      .where(eq(users.id, user.id));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
    await tx
      .insert(mfaRecoveryCodes)
      .values(codes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })));
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(
      tx,
      actor,
      { action: 'user.mfa_enable', entityType: 'user', entityId: user.id, after: { totp: true } },
      requestId,
    );
  });
  return codes;
}

/** Turns two-factor sign-in off after the current password is confirmed (throttled). */
export async function disableTotp(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; ip: string },
  requestId?: string,
): Promise<void> {
  const user = await ownUser(db, actor);
  if (!user.totpSecret) throw errors.conflict('2段階認証は設定されていません。');
  await confirmCurrentPassword(db, user, input.currentPassword, input.ip);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(users.id, user.id));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
    await markChanged(tx, 'auth'); // sessions held in memory, in every process, are looked up again

    await writeAudit(
      tx,
      actor,
      { action: 'user.mfa_disable', entityType: 'user', entityId: user.id, before: { totp: true } },
      requestId,
    );
  });
}
