import { z } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/roles.ts';

export const LoginBodySchema = z
  .object({
    login: z.string().trim().min(1).max(100).openapi({ example: 'admin' }),
    password: z.string().min(1).max(200).openapi({ example: 'password' }),
  })
  .openapi('LoginRequest');

export const SessionUserSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    roleLabel: z.string(),
    body: z.object({ code: z.string(), name: z.string() }),
  })
  .openapi('SessionUser');

export const SessionSchema = z
  .object({
    user: SessionUserSchema,
    csrfToken: z.string().openapi({ description: '書き込み時に X-CSRF-Token ヘッダで送るトークン' }),
  })
  .openapi('Session');
