import { z } from '@hono/zod-openapi';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../domain/password-policy.ts';
import { ROLES } from '../../../domain/roles.ts';
import { UuidId } from '../../platform/params.ts';
import { passwordPolicyIssue } from '../../platform/password-policy.ts';

const OrgCode = z
  .string()
  .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
  .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません');

/** An optional e-mail address; an empty string clears it. */
const Email = z
  .union([z.email('メールアドレスの形式で入力してください').max(254), z.literal('')])
  .transform((v) => (v === '' ? null : v));

/**
 * A new account; the same schema checks the CLI's `user create` and `init`. Without a password the
 * account signs in through OpenID Connect, or after a reset link sets one.
 */
export const CreateUserSchema = z
  .object({
    login: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._@-]{3,64}$/, 'ログインIDは半角英数字と . _ @ - の3〜64文字で指定してください'),
    displayName: z.string().trim().min(1).max(100),
    email: Email.optional(),
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください`)
      .max(PASSWORD_MAX_LENGTH)
      .optional(),
    role: z.enum(ROLES),
    orgCode: OrgCode,
  })
  .superRefine((input, ctx) => {
    if (input.password === undefined) return;
    const issue = passwordPolicyIssue(input.password, input.login);
    if (issue) ctx.addIssue({ code: 'custom', path: ['password'], message: issue });
  })
  .openapi('CreateUser');

export type CreateUserInput = z.output<typeof CreateUserSchema>;

/** An administrator's change to an account: any of these fields. */
export const UserPatchSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    email: Email.optional(),
    role: z.enum(ROLES).optional(),
    orgCode: OrgCode.optional(),
    disabled: z
      .boolean()
      .optional()
      .openapi({ description: 'true で停止（その利用者のセッションはすべて終了）' }),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), '変更する項目を1つ以上指定してください')
  .openapi('UserPatch');

export type UserPatchInput = z.output<typeof UserPatchSchema>;

export const UserSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    orgCode: z.string(),
    disabled: z.boolean(),
    isDemo: z.boolean(),
    hasPassword: z.boolean(),
    mfaEnabled: z.boolean(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi('User');

export const UserDetailSchema = UserSchema.extend({
  lockedOut: z.boolean().openapi({ description: 'ログインの失敗が続き、一時的にロックされている' }),
}).openapi('UserDetail');

export const UserListSchema = z.object({ items: z.array(UserSchema) }).openapi('UserList');

export const UserIdParams = z.object({ id: UuidId.openapi({ param: { name: 'id', in: 'path' } }) });

export const PasswordResetLinkSchema = z
  .object({
    url: z.string().openapi({ description: '一度だけ表示する再設定リンク（24時間有効、1回限り）' }),
    expiresAt: z.string(),
    mailedTo: z
      .string()
      .nullable()
      .openapi({ description: 'リンクをメールで送った宛先（メールが無効か宛先がなければ null）' }),
  })
  .openapi('PasswordResetLink');
