import type { HttpBindings } from '@hono/node-server';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from './actor.ts';
import type { Db } from './db.ts';
import type { MailSettings } from './env.ts';
import { errors } from './errors.ts';
import type { Logger } from './logger.ts';
import type { AccountPolicy, SessionInfo } from './session.ts';

/** What every request carries through the middleware chain. */
export type AppEnv = {
  /** The Node request and response under @hono/node-server; absent in-process (`app.request`). */
  Bindings: Partial<HttpBindings>;
  Variables: {
    db: Db;
    logger: Logger;
    /** Largest import file accepted (bytes); the import routes enforce it while streaming. */
    importLimitBytes: number;
    /** Outgoing mail settings: whether mail is on, the public address links are built on. */
    mail: MailSettings;
    requestId: string;
    actor: Actor | null;
    /** Present when the request is authenticated by the session cookie. */
    session: SessionInfo | null;
    /** Sign-in rules of this server (demo accounts, MFA requirement). */
    accountPolicy: AccountPolicy;
  };
};

export type AppContext = Context<AppEnv>;

/** The error body every failing route returns. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
      message: z.string().openapi({ example: '入力内容に誤りがあります。' }),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

/** An error answer in the OpenAPI document: the one error body (code and Japanese message). */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBodySchema } },
});

/** Standard error responses for route definitions. */
export const errorResponses = {
  400: errorResponse('入力内容に誤りがあります'),
  401: errorResponse('ログインが必要です'),
  403: errorResponse('権限がありません'),
  404: errorResponse('見つかりません'),
  409: errorResponse('競合しています'),
  412: errorResponse('記録がほかの人に変更されています（If-Match の版が古い）'),
  429: errorResponse('試行回数の上限に達しました'),
} as const;

/**
 * A feature router. Failed zod validation becomes an AppError (400, per-field issues), which the
 * app's onError renders like every other error.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw errors.validation(
          result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
    },
  });
}

/** A JSON response entry for a route definition. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A JSON response of a versioned record: the body carries `version`, the `ETag` header the same. */
export function versionedResponse<T extends z.ZodType>(schema: T, description: string) {
  return {
    description,
    headers: z.object({
      ETag: z.string().openapi({ description: '記録の版（変更時に If-Match で送る）', example: '"3"' }),
    }),
    content: { 'application/json': { schema } },
  };
}
