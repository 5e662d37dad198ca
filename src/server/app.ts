import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { communityRoutes } from './features/community/community.routes.ts';
import { dashboardRoutes } from './features/dashboard/dashboard.routes.ts';
import { developmentRoutes } from './features/development/development.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { historyRoutes } from './features/history/history.routes.ts';
import { inventoryRoutes } from './features/inventory/inventory.routes.ts';
import { literacyRoutes } from './features/literacy/literacy.routes.ts';
import { matchingRoutes } from './features/matching/matching.routes.ts';
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
import { translateDatabaseError } from './platform/database-errors.ts';
import type { Db } from './platform/db.ts';
import { AppError } from './platform/errors.ts';
import { type AppContext, createRouter } from './platform/http.ts';
import type { Logger } from './platform/logger.ts';
import { sessionMiddleware } from './platform/session.ts';

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
  /** Folder of the built web UI (index.html and assets); omitted in API-only tests. */
  webRoot?: string;
};

/** `POST /api/{kind}/import`: the upload of a file to import. */
const IMPORT_UPLOAD = /^\/api\/[a-z-]+\/import$/;
const DEFAULT_IMPORT_LIMIT_BYTES = 512 * 1024 * 1024;

/** Routes reachable without a session. */
const PUBLIC_API_PATHS = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);

/** The JSON API: every feature's routes, chained so the web client gets their types. */
function apiRoutes(options: AppOptions) {
  return createRouter()
    .route('/', healthRoutes())
    .route('/', authRoutes(options))
    .route('/', orgsRoutes())
    .route('/', usersRoutes())
    .route('/', auditRoutes())
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
    .route('/', historyRoutes());
}

export type ApiType = ReturnType<typeof apiRoutes>;

function renderError(c: AppContext, caught: unknown, logger: Logger) {
  const err = translateDatabaseError(caught) ?? caught;
  if (err instanceof AppError) {
    const body = {
      error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) },
    };
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
  app.use('*', requestId());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    c.set('db', options.db);
    c.set('logger', options.logger);
    c.set('importLimitBytes', options.importLimitBytes ?? DEFAULT_IMPORT_LIMIT_BYTES);
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
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && IMPORT_UPLOAD.test(c.req.path) ? next() : requestLimit(c, next),
  );
  app.use('/api/*', sessionMiddleware());
  app.use('/api/*', async (c, next) => {
    if (!PUBLIC_API_PATHS.has(c.req.path) && !c.get('actor')) {
      throw new AppError('UNAUTHENTICATED', 401, 'ログインが必要です。');
    }
    await next();
  });
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
        'ログインで発行されるセッションCookieで認証します。書き込み（POST/PUT/PATCH/DELETE）には X-CSRF-Token ヘッダが必要です。',
    },
    security: [{ session: [] }],
  });
  app.all('/api/*', () => {
    throw new AppError('NOT_FOUND', 404, 'API が見つかりません。');
  });

  if (options.webRoot && existsSync(join(options.webRoot, 'index.html'))) {
    const root = options.webRoot;
    const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root }));
    // Client-side routes: any other GET gets the SPA shell.
    app.get('*', (c) => c.html(indexHtml));
  }
  return app;
}
