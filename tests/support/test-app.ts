import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/domain/roles.ts';
import { type AppOptions, createApp } from '../../src/server/app.ts';
import { createUser } from '../../src/server/features/users/create-user.ts';
import { CLI_ACTOR } from '../../src/server/platform/actor.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { configurePasswordHashing } from '../../src/server/platform/password.ts';
import { createTestDatabase } from './test-db.ts';

export const TEST_PASSWORD = 'correct horse battery';

/**
 * Tests hash at scrypt N=2^12 (the product uses 2^17, about 128 MiB and a few hundred ms per hash):
 * the suites sign in hundreds of times. The product's cost is tested in platform/password.test.ts.
 */
export const TEST_SCRYPT_COST = { n: 2 ** 12, r: 8, p: 1 } as const;
configurePasswordHashing({ cost: TEST_SCRYPT_COST, concurrency: 2 });

/** A signed-in test user: the cookie and CSRF token to send. */
export type Session = { login: string; cookie: string; csrfToken: string; orgCode: string; role: Role };

type RequestOptions = { as?: Session; body?: unknown; headers?: Record<string, string> };

/**
 * The whole app, in process, on a fresh database of its own. `as(role, orgCode)` creates a user of
 * that role in that body and signs in through the real login route.
 */
export async function createTestApp(
  options: Pick<
    AppOptions,
    | 'importLimitBytes'
    | 'backupKey'
    | 'mail'
    | 'demoAccountsAllowed'
    | 'mfaRequiredRoles'
    | 'trustProxy'
    | 'oidc'
    | 'publicUrl'
  > = {},
) {
  const database: Database = await createTestDatabase();
  const app = createApp({
    db: database.db,
    logger: createLogger('silent'),
    sessionTtlHours: 8,
    cookieSecure: 'auto',
    bodyLimitBytes: 1024 * 1024,
    ...options,
  });

  async function request(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) {
      headers.cookie = options.as.cookie;
      headers['x-csrf-token'] ??= options.as.csrfToken;
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    return app.request(path, { method, headers, body });
  }

  async function login(loginId: string, password: string): Promise<Response> {
    return request('POST', '/api/auth/login', { body: { login: loginId, password } });
  }

  async function as(role: Role, orgCode = '340006'): Promise<Session> {
    const loginId = `${role}-${orgCode}-${randomBytes(4).toString('hex')}`;
    await createUser(database.db, CLI_ACTOR, {
      login: loginId,
      displayName: `テスト ${role}`,
      password: TEST_PASSWORD,
      role,
      orgCode,
    });
    const res = await login(loginId, TEST_PASSWORD);
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = sessionCookieOf(res);
    return { login: loginId, cookie, csrfToken, orgCode, role };
  }

  return { app, db: database.db, kind: database.kind, request, login, as, close: database.close };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookieOf(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = /dxship_session=([^;]*)/.exec(header);
  if (!match) throw new Error(`no session cookie in: ${header}`);
  return `dxship_session=${match[1]}`;
}
