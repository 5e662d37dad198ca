import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Role } from '../domain/roles.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { backupRoutes } from './features/backup/backup.routes.ts';
import { communityRoutes } from './features/community/community.routes.ts';
import { dashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { developmentRoutes } from './features/development/development.routes.ts';
import { fiscalYearsRoutes } from './features/fiscal-years/fiscal-years.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { historyRoutes } from './features/history/history.routes.ts';
import { importsRoutes } from './features/imports/imports.routes.ts';
import { inventoryRoutes } from './features/inventory/inventory.routes.ts';
import { literacyRoutes } from './features/literacy/literacy.routes.ts';
import { matchingRoutes } from './features/matching/matching.routes.ts';
import { notificationsRoutes } from './features/notifications/notifications.routes.ts';
import { orgsRoutes } from './features/orgs/orgs.routes.ts';
import { placementRoutes } from './features/placement/placement.routes.ts';
import { practicesRoutes } from './features/practices/practices.routes.ts';
import { procurementRoutes } from './features/procurement/procurement.routes.ts';
import { programmeRoutes } from './features/programme/programme.routes.ts';
import { recruitmentRoutes } from './features/recruitment/recruitment.routes.ts';
import { reportsRoutes } from './features/reports/reports.routes.ts';
import { searchRoutes } from './features/search/search.routes.ts';
import { skillsRoutes } from './features/skills/skills.routes.ts';
import { talentRoutes } from './features/talent/talent.routes.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { workforceRoutes } from './features/workforce/workforce.routes.ts';
import { cacheControl } from './platform/cache-control.ts';
import type { TrustProxy } from './platform/client-address.ts';
import { compressJson } from './platform/compression.ts';
import { translateDatabaseError } from './platform/database-errors.ts';
import type { Db } from './platform/db.ts';
import type { MailSettings, OidcSettings } from './platform/env.ts';
import { AppError } from './platform/errors.ts';
import { type AppContext, createRouter } from './platform/http.ts';
import type { Logger } from './platform/logger.ts';
import { responseDefaults } from './platform/response-headers.ts';
import { type AccountPolicy, sessionMiddleware } from './platform/session.ts';
import { unsafeTextGuard } from './platform/unsafe-text-guard.ts';
import { webAssets } from './platform/web-assets.ts';

// Validation messages in Japanese, for the per-field issues of every 400.
z.config(z.locales.ja());

export type AppOptions = {
  db: Db;
  logger: Logger;
  sessionTtlHours: number;
  cookieSecure: 'auto' | 'true' | 'false';
  /** Largest request body, except the file of an import. */
  bodyLimitBytes: number;
  /** Largest import file (streamed into the parser, never held whole). Default 512 MB. */
  importLimitBytes?: number;
  /** BACKUP_KEY: backups taken through the API are signed with it (HMAC-SHA256). */
  backupKey?: string | undefined;
  /** Outgoing mail (SMTP_URL, MAIL_FROM, PUBLIC_URL); mail is off when omitted. */
  mail?: MailSettings;
  /** Folder of the built web UI (index.html and assets); omitted in API-only tests. */
  webRoot?: string;
  /** Demo accounts may sign in (the server listens on loopback only, or DXSHIP_ALLOW_DEMO=1). Default true. */
  demoAccountsAllowed?: boolean;
  /** Roles that must enrol two-factor sign-in (MFA_REQUIRED_ROLES). Default none. */
  mfaRequiredRoles?: readonly Role[];
  /** Which X-Forwarded-For hops to believe (TRUST_PROXY). Default none: the socket's address counts. */
  trustProxy?: TrustProxy;
  /** OpenID Connect sign-in (OIDC_*), or null. */
  oidc?: OidcSettings | null;
  /** The address users reach the app at (PUBLIC_URL), for reset links; default: the request's origin. */
  publicUrl?: string;
};

/** `POST /api/{kind}/import`: the upload of a file to import. */
const IMPORT_UPLOAD = /^\/api\/[a-z-]+\/import$/;
const DEFAULT_IMPORT_LIMIT_BYTES = 512 * 1024 * 1024;

const MAIL_OFF: MailSettings = {
  smtpUrl: undefined,
  from: 'DXShip <dxship@localhost>',
  publicUrl: 'http://localhost:3000',
  digestHour: 8,
};

/** Routes reachable without a session. */
const PUBLIC_API_PATHS = new Set([
  '/api/health',
  '/api/health/ready',
  '/api/openapi.json',
  '/api/auth/me',
  '/api/auth/login',
  '/api/auth/login/totp',
  '/api/auth/providers',
  '/api/auth/oidc/start',
  '/api/auth/oidc/callback',
  '/api/auth/password-reset',
]);

/** What a session that must first enrol two-factor sign-in may still reach (besides the public routes). */
const MFA_ENROLMENT_PATHS = new Set([
  '/api/auth/logout',
  '/api/auth/mfa/totp/setup',
  '/api/auth/mfa/totp/confirm',
]);

/** A personal calendar feed: its URL carries its own secret (calendar programs send no cookie). */
const CALENDAR_FEED = /^\/api\/calendar\/[^/]+\.ics$/;

/** The JSON API: every feature's routes, chained so the web client gets their types. */
function apiRoutes(options: AppOptions) {
  return createRouter()
    .route('/', healthRoutes())
    .route('/', authRoutes(options))
    .route('/', orgsRoutes())
    .route('/', usersRoutes(options))
    .route('/', auditRoutes())
    .route('/', backupRoutes(options))
    .route('/', placementRoutes())
    .route('/', matchingRoutes())
    .route('/', talentRoutes())
    .route('/', recruitmentRoutes())
    .route('/', skillsRoutes())
    .route('/', developmentRoutes())
    .route('/', communityRoutes())
    .route('/', inventoryRoutes())
    .route('/', literacyRoutes())
    .route('/', reportsRoutes())
    .route('/', searchRoutes())
    .route('/', dashboardRoutes())
    .route('/', procurementRoutes())
    .route('/', workforceRoutes())
    .route('/', practicesRoutes())
    .route('/', programmeRoutes())
    .route('/', historyRoutes())
    .route('/', importsRoutes())
    .route('/', fiscalYearsRoutes())
    .route('/', notificationsRoutes());
}

export type ApiType = ReturnType<typeof apiRoutes>;

function renderError(c: AppContext, caught: unknown, logger: Logger) {
  const err = translateDatabaseError(caught) ?? caught;
  if (err instanceof AppError) {
    const body = {
      error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) },
    };
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    return c.json(body, err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const known: Record<number, [string, string]> = {
      400: ['MALFORMED_REQUEST', 'リクエストの形式が正しくありません（JSON を確認してください）。'],
      413: ['PAYLOAD_TOO_LARGE', '送信されたデータが大きすぎます。'],
      415: [
        'UNSUPPORTED_MEDIA_TYPE',
        'Content-Type が正しくありません（application/json を指定してください）。',
      ],
    };
    const [code, message] = known[err.status] ?? ['BAD_REQUEST', 'リクエストを処理できません。'];
    return c.json({ error: { code, message } }, err.status);
  }
  logger.error({ err, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
  return c.json(
    {
      error: {
        code: 'INTERNAL_ERROR',
        message: 'システムエラーが発生しました。時間をおいて再度お試しください。',
      },
    },
    500,
  );
}

/** Builds the whole application: middleware, the API under /api, its OpenAPI document and the web UI. */
export function createApp(options: AppOptions) {
  const app = createRouter();
  const accountPolicy: AccountPolicy = {
    demoAccountsAllowed: options.demoAccountsAllowed ?? true,
    mfaRequiredRoles: options.mfaRequiredRoles ?? [],
  };
  app.use('*', responseDefaults());
  app.use('/api/*', compressJson());
  app.use('*', async (c, next) => {
    c.set('db', options.db);
    c.set('logger', options.logger);
    c.set('importLimitBytes', options.importLimitBytes ?? DEFAULT_IMPORT_LIMIT_BYTES);
    c.set('mail', options.mail ?? MAIL_OFF);
    c.set('accountPolicy', accountPolicy);
    await next();
  });
  const requestLimit = bodyLimit({
    maxSize: options.bodyLimitBytes,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', 413, '送信されたデータが大きすぎます。');
    },
  });
  // An import file is counted while it streams into the parser (see readImportRequest): the body-limit
  // middleware would hold a body sent without Content-Length in memory to measure it.
  const isImportUpload = (method: string, path: string) => method === 'POST' && IMPORT_UPLOAD.test(path);
  // GET and HEAD carry no body: the body-limit middleware would still build a full Fetch Request to
  // look, the largest cost of a small read (decision 018).
  const hasNoBody = (method: string) => method === 'GET' || method === 'HEAD';
  app.use('/api/*', (c, next) =>
    hasNoBody(c.req.method) || isImportUpload(c.req.method, c.req.path) ? next() : requestLimit(c, next),
  );
  app.use('/api/*', cacheControl());
  app.use('/api/*', sessionMiddleware());
  app.use('/api/*', async (c, next) => {
    if (PUBLIC_API_PATHS.has(c.req.path) || CALENDAR_FEED.test(c.req.path)) return next();
    if (!c.get('actor')) throw new AppError('UNAUTHENTICATED', 401, 'ログインが必要です。');
    if (c.get('session')?.mfaEnrolmentRequired && !MFA_ENROLMENT_PATHS.has(c.req.path)) {
      throw new AppError(
        'MFA_ENROLMENT_REQUIRED',
        403,
        'この権限では2段階認証の設定が必要です。マイアカウントで認証アプリを登録してください。',
      );
    }
    await next();
  });
  app.use(
    '/api/*',
    unsafeTextGuard({
      routeTemplates: () => app.routes.map((r) => r.path),
      streamsBody: isImportUpload,
    }),
  );
  app.onError((err, c) => renderError(c, err, options.logger));

  app.route('/api', apiRoutes(options));
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'dxship_session',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'DXShip（デジシップ）ひろしま API',
      version: '1.0.0',
      description:
        'ログインで発行されるセッションCookieで認証します。書き込み（POST/PUT/PATCH/DELETE）には X-CSRF-Token ヘッダが必要です。' +
        '変更できる記録は GET と変更の応答で ETag（版）を返します。PUT/PATCH/DELETE に If-Match を付けると、' +
        'その後に記録が変更されていた場合は 412 STALE_VERSION となり何も変更しません。If-Match を付けない場合は従来どおり版を確かめずに変更します。',
    },
    security: [{ session: [] }],
  });
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', 404, 'API が見つかりません。');
  });

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    // Built files, and the SPA shell for any other GET (the client-side routes).
    app.use('/*', webAssets(options.webRoot));
  }
  return app;
}
