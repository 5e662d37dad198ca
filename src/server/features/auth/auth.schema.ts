import { z } from '@hono/zod-openapi';
import { PASSWORD_MAX_LENGTH } from '../../../domain/password-policy.ts';
import { ROLES } from '../../../domain/roles.ts';

export const LoginBodySchema = z
  .object({
    login: z.string().trim().min(1).max(100).openapi({ example: 'admin' }),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH).openapi({ example: 'password' }),
  })
  .openapi('LoginRequest');

export const SessionUserSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    roleLabel: z.string(),
    body: z.object({ code: z.string(), name: z.string() }),
    /** How this session was opened. */
    authMethod: z.enum(['password', 'oidc']),
    hasPassword: z.boolean(),
    mfaEnabled: z.boolean(),
    mfaEnrolmentRequired: z.boolean().openapi({
      description: 'true のとき、2段階認証を設定するまで他の機能は使えません（MFA_REQUIRED_ROLES）',
    }),
    version: z.number().int(),
  })
  .openapi('SessionUser');

export const SessionSchema = z
  .object({
    user: SessionUserSchema,
    csrfToken: z.string().openapi({ description: '書き込み時に X-CSRF-Token ヘッダで送るトークン' }),
  })
  .openapi('Session');

/** GET /auth/me: the session, or `{ user: null }` when nobody is signed in. */
export const MeSchema = z.union([SessionSchema, z.object({ user: z.null() })]).openapi('Me');

/** The password was right and the account has two-factor sign-in: send the code with this token. */
export const MfaChallengeSchema = z
  .object({
    mfaRequired: z.literal(true),
    challengeToken: z.string(),
    expiresAt: z.string(),
  })
  .openapi('MfaChallenge');

export const MfaLoginBodySchema = z
  .object({
    challengeToken: z.string().min(1).max(200),
    code: z.string().trim().min(1, '確認コードを入力してください').max(40),
  })
  .openapi('MfaLoginRequest');

export const ProvidersSchema = z
  .array(
    z.object({
      id: z.string().openapi({ example: 'oidc' }),
      label: z.string().openapi({ example: 'シングルサインオンでログイン' }),
      startUrl: z.string().openapi({ example: '/api/auth/oidc/start' }),
    }),
  )
  .openapi('AuthProviders');

const NewPassword = z.string().min(1, '新しいパスワードを入力してください').max(PASSWORD_MAX_LENGTH);

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, '現在のパスワードを入力してください').max(PASSWORD_MAX_LENGTH),
    newPassword: NewPassword,
  })
  .openapi('PasswordChange');

export const PasswordResetSchema = z
  .object({ token: z.string().min(1).max(200), newPassword: NewPassword })
  .openapi('PasswordReset');

export const OwnAccountPatchSchema = z
  .object({
    email: z
      .union([z.email('メールアドレスの形式で入力してください').max(254), z.literal('')])
      .transform((v) => (v === '' ? null : v)),
  })
  .openapi('OwnAccountPatch');

export const OwnSessionSchema = z
  .object({
    id: z.string(),
    method: z.enum(['password', 'oidc']),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string(),
    expiresAt: z.string(),
    current: z.boolean(),
  })
  .openapi('OwnSession');

export const OwnSessionListSchema = z.object({ items: z.array(OwnSessionSchema) }).openapi('OwnSessionList');

export const TotpSetupSchema = z
  .object({
    secret: z.string().openapi({ description: '認証アプリに手入力するときの鍵（Base32）' }),
    uri: z.string().openapi({ example: 'otpauth://totp/DXShip:admin?secret=…' }),
    qrCode: z.string().openapi({ description: 'QR コード（data: URL の SVG 画像）' }),
  })
  .openapi('TotpSetup');

export const TotpConfirmSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, '認証アプリに表示されている6桁の数字を入力してください'),
  })
  .openapi('TotpConfirm');

export const RecoveryCodesSchema = z
  .object({
    recoveryCodes: z.array(z.string()).openapi({ description: '一度だけ表示する回復コード（10個）' }),
  })
  .openapi('RecoveryCodes');

export const TotpDisableSchema = z
  .object({
    currentPassword: z.string().min(1, '現在のパスワードを入力してください').max(PASSWORD_MAX_LENGTH),
  })
  .openapi('TotpDisable');
