/**
 * Two `dxship serve` processes on one PostgreSQL database, as a deployment behind a load balancer runs
 * them: what one process ends, writes or starts, the other sees within a second, though each holds
 * sessions, answers and the search index in memory (the change feed, decision 018).
 *
 * Uses TEST_DATABASE_URL's server when set (the PostgreSQL pass of `npm test`), otherwise starts a
 * throwaway PostgreSQL of its own: two processes cannot share the embedded database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../bench/support/pg-throwaway.ts';

const BIN = fileURLToPath(new URL('../../bin/dxship.mjs', import.meta.url));
/** How long the other process may take to learn of a change. */
const WITHIN_MS = 1000;

type Server = { url: string; proc: ChildProcess; output: () => string };
type Signed = { cookie: string; csrfToken: string };

let throwaway: ThrowawayPostgres | undefined;
let adminUrl = '';
let databaseUrl = '';
let databaseName = '';
const servers: Server[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const proc = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const server: Server = { url: `http://127.0.0.1:${port}`, proc, output: () => log };
  servers.push(server);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${log}`);
    try {
      if ((await fetch(`${server.url}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function signIn(server: Server, login = 'admin'): Promise<Signed> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: 'dxship-demo' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const cookie = /dxship_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

function call(server: Server, as: Signed, method: string, path: string, body?: unknown) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie: as.cookie,
      'x-csrf-token': as.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Polls `check` until it holds; the milliseconds it took, or Infinity after {@link WITHIN_MS} × 5. */
async function millisUntil(check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < WITHIN_MS * 5) {
    if (await check()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  return Number.POSITIVE_INFINITY;
}

beforeAll(async () => {
  let base = process.env.TEST_DATABASE_URL;
  if (!base) {
    throwaway = await startThrowawayPostgres();
    base = throwaway.url;
  }
  adminUrl = base;
  databaseName = `dxship_two_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  // The first applies the migrations and the demo data; the second starts on what the first made.
  await startServer();
  await startServer();
}, 240_000);

afterAll(async () => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.proc.exitCode !== null) return resolve();
          s.proc.once('exit', () => resolve());
          s.proc.kill('SIGTERM');
        }),
    ),
  );
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin.end();
  await throwaway?.stop();
}, 60_000);

describe('two servers on one PostgreSQL', () => {
  it('a session ended on one is refused by the other within a second', async () => {
    const [a, b] = servers as [Server, Server];
    const session = await signIn(a);
    // The other process resolves the session, and holds it in memory from now on.
    for (let i = 0; i < 3; i++) expect((await call(b, session, 'GET', '/api/auth/me')).status).toBe(200);
    expect((await call(a, session, 'POST', '/api/auth/logout')).status).toBe(204);
    const took = await millisUntil(
      async () => (await call(b, session, 'GET', '/api/auth/me')).status === 401,
    );
    expect(took).toBeLessThan(WITHIN_MS);
  });

  it('a system written through one is found by search and the 台帳 list on the other within a second', async () => {
    const [a, b] = servers as [Server, Server];
    const session = await signIn(a, 'etajima-manager');
    const name = `二台構成テスト${randomBytes(3).toString('hex')}`;
    const query = `/api/search?q=${encodeURIComponent(name)}`;
    const list = `/api/systems?q=${encodeURIComponent(name)}`;
    // Both answers are computed (and cached) on the other server before the write.
    expect(
      ((await (await call(b, session, 'GET', query)).json()) as { systems: { total: number } }).systems.total,
    ).toBe(0);
    expect(((await (await call(b, session, 'GET', list)).json()) as { total: number }).total).toBe(0);
    const created = await call(a, session, 'POST', '/api/systems', {
      name,
      business: 'その他',
      category: '財務会計',
      hosting: 'クラウド',
      personalData: false,
      status: '稼働中',
    });
    expect(created.status).toBe(201);
    const searchTook = await millisUntil(async () => {
      const found = (await (await call(b, session, 'GET', query)).json()) as { systems: { total: number } };
      return found.systems.total === 1;
    });
    expect(searchTook).toBeLessThan(WITHIN_MS);
    const listTook = await millisUntil(async () => {
      const found = (await (await call(b, session, 'GET', list)).json()) as { total: number };
      return found.total === 1;
    });
    expect(listTook).toBeLessThan(WITHIN_MS);
  });
});
