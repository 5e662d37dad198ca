import { z } from '@hono/zod-openapi';
import { isValidLocalGovCode } from '../../../domain/local-gov-code.ts';
import { ROLES } from '../../../domain/roles.ts';

/** A new account; the same schema checks the CLI's `user create` options. */
export const CreateUserSchema = z
  .object({
    login: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._@-]{3,64}$/, 'ログインIDは半角英数字と . _ @ - の3〜64文字で指定してください'),
    displayName: z.string().trim().min(1).max(100),
    password: z.string().min(10, 'パスワードは10文字以上にしてください').max(200),
    role: z.enum(ROLES),
    orgCode: z
      .string()
      .regex(/^\d{6}$/, '団体コードは6桁の数字で指定してください')
      .refine(isValidLocalGovCode, '団体コードの検査数字が正しくありません'),
  })
  .openapi('CreateUser');

export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UserSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    orgCode: z.string(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

export const UserListSchema = z.object({ items: z.array(UserSchema) }).openapi('UserList');
