/**
 * Two `dxship serve` processes on one PostgreSQL database, as a deployment behind a load balancer runs
 * them: what one process ends, writes or starts, the other sees within a second, though each holds
 * sessions, answers and the search index in memory (the change feed, decision 018).
 *
 * A matching run started on one is seen and cancelled from the other, and the process solving it stops;
 * a run whose process is killed is stored as failed by the other once its heartbeat is too old.
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
      MATCHING_RUN_STALE_SECONDS: String(STALE_SECONDS),
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
async function millisUntil(check: () => Promise<boolean>, limitMs = WITHIN_MS * 5): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 25));
  }
  return Number.POSITIVE_INFINITY;
}

/** How old a run's heartbeat may be before another process stores it as failed (short, for the test). */
const STALE_SECONDS = 10;

/** A 年度 of its own for the load the matching case adds, so the demo's 年度 stay as they are. */
const LOAD_YEAR = 2040;
/** People and posts of that 年度: enough that solving and explaining takes far longer than a second. */
const LOAD_SIZE = 300;

let loadAdded = false;

/**
 * Adds {@link LOAD_SIZE} active people and as many open posts of {@link LOAD_YEAR} straight into the
 * database (one statement each), spread over the bodies and the job types the demo uses.
 */
async function addMatchingLoad(): Promise<void> {
  if (loadAdded) return;
  loadAdded = true;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO people (employee_no, name, kana, employer_org_code, category, hiring_route,
         hiring_fiscal_year, hired_on, grade, primary_job_type, home_org_code)
       SELECT 'LOAD' || g, '負荷' || g, 'フカ', o.codes[1 + g % cardinality(o.codes)], 'pref_it', 'mid_career',
         $1::int - 3, '2030-04-01', '主任', j.types[1 + (g * 7) % cardinality(j.types)],
         o.codes[1 + (g * 13) % cardinality(o.codes)]
       FROM generate_series(1, $2::int) g,
         (SELECT array_agg(code ORDER BY code) AS codes FROM orgs) o,
         (SELECT array_agg(DISTINCT primary_job_type) AS types FROM people) j`,
      [LOAD_YEAR, LOAD_SIZE],
    );
    await client.query(
      `INSERT INTO posts (org_code, unit, title, wanted_job_type, wanted_level, from_fiscal_year, budget_secured)
       SELECT o.codes[1 + (g * 5) % cardinality(o.codes)], '負荷課', '負荷' || g,
         j.types[1 + (g * 3) % cardinality(j.types)], 1 + g % 4, $1::int, true
       FROM generate_series(1, $2::int) g,
         (SELECT array_agg(code ORDER BY code) AS codes FROM orgs) o,
         (SELECT array_agg(DISTINCT primary_job_type) AS types FROM people) j`,
      [LOAD_YEAR, LOAD_SIZE],
    );
  } finally {
    await client.end();
  }
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
          if (s.proc.exitCode !== null || s.proc.signalCode !== null) return resolve();
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
    // /auth/me answers 200 either way: { user } while signed in, { user: null } once the session ended.
    const signedIn = async (server: Server) =>
      ((await (await call(server, session, 'GET', '/api/auth/me')).json()) as { user: unknown }).user !==
      null;
    // The other process resolves the session, and holds it in memory from now on.
    for (let i = 0; i < 3; i++) expect(await signedIn(b)).toBe(true);
    expect((await call(a, session, 'POST', '/api/auth/logout')).status).toBe(204);
    const took = await millisUntil(async () => !(await signedIn(b)));
    expect(took).toBeLessThan(WITHIN_MS);
    // A protected route refuses it too (the session middleware, not only /auth/me's answer).
    expect((await call(b, session, 'GET', '/api/orgs')).status).toBe(401);
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
  it('a matching run started on one is seen and cancelled on the other, and never finishes as done', async () => {
    const [a, b] = servers as [Server, Server];
    await addMatchingLoad();
    const session = await signIn(a, 'admin');
    const scenario = await call(a, session, 'POST', '/api/matching/scenarios', {
      fiscalYear: LOAD_YEAR,
      name: '二台構成の中止',
    });
    expect(scenario.status, await scenario.clone().text()).toBe(201);
    const { id: scenarioId } = (await scenario.json()) as { id: string };
    const started = await call(a, session, 'POST', '/api/matching/runs', { scenarioId });
    expect(started.status, await started.clone().text()).toBe(202);
    const { id: runId } = (await started.json()) as { id: string };
    const status = async (server: Server): Promise<string> => {
      const read = () => call(server, session, 'GET', `/api/matching/runs/${runId}`);
      // A kept-alive socket the server closed just as it was reused fails once (ECONNRESET): ask again.
      const res = await read().catch(read);
      expect(res.status, server.output().slice(-2000)).toBe(200);
      return ((await res.json()) as { status: string }).status;
    };

    // The other process sees the run, still running, and cancels it.
    expect(await status(b)).toBe('running');
    const listed = (await (
      await call(b, session, 'GET', `/api/matching/scenarios?fiscalYear=${LOAD_YEAR}`)
    ).json()) as { items: { id: string; latestRun: { id: string; status: string } | null }[] };
    expect(listed.items.find((s) => s.id === scenarioId)?.latestRun).toEqual(
      expect.objectContaining({ id: runId, status: 'running' }),
    );
    const cancelled = await call(b, session, 'POST', `/api/matching/runs/${runId}/cancel`);
    expect(cancelled.status, await cancelled.clone().text()).toBe(200);
    expect(((await cancelled.json()) as { status: string }).status).toBe('cancelled');

    // The cancellation is in the database at once; the solving server reports it as soon as it answers
    // (its main thread may be busy compiling the large problem on a loaded machine: no time bound here).
    const took = await millisUntil(async () => (await status(a)) === 'cancelled', 60_000);
    expect(took).toBeLessThan(Number.POSITIVE_INFINITY);
    // The process that solved it stopped: its result is never written over the cancellation.
    const seen = new Set<string>();
    const watchedUntil = Date.now() + 3000;
    while (Date.now() < watchedUntil) {
      seen.add(await status(a));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect([...seen]).toEqual(['cancelled']);
    expect(a.output()).not.toContain('matching run failed');
  }, 120_000);
  it('a run whose server is killed is reported failed by the other once its heartbeat is too old', async () => {
    const [a, b] = servers as [Server, Server];
    await addMatchingLoad();
    const session = await signIn(b, 'admin');
    const scenario = await call(a, session, 'POST', '/api/matching/scenarios', {
      fiscalYear: LOAD_YEAR,
      name: '二台構成の停止',
    });
    expect(scenario.status, await scenario.clone().text()).toBe(201);
    const { id: scenarioId } = (await scenario.json()) as { id: string };
    const started = await call(a, session, 'POST', '/api/matching/runs', { scenarioId });
    expect(started.status, await started.clone().text()).toBe(202);
    const { id: runId } = (await started.json()) as { id: string };
    const exited = new Promise((resolve) => a.proc.once('exit', resolve));
    a.proc.kill('SIGKILL'); // no shutdown: the run is left running, as a crash or power loss leaves it
    await exited;
    const killedAt = performance.now();
    const read = async () => {
      const res = await call(b, session, 'GET', `/api/matching/runs/${runId}`);
      expect(res.status, b.output().slice(-2000)).toBe(200);
      return (await res.json()) as { status: string; error: string | null };
    };
    // Not at once: the last heartbeat is recent, and a live process elsewhere must never be failed.
    expect((await read()).status).toBe('running');
    let run = await read();
    while (run.status === 'running' && performance.now() - killedAt < (STALE_SECONDS + 20) * 1000) {
      await new Promise((r) => setTimeout(r, 250));
      run = await read();
    }
    expect(run.status).toBe('failed');
    expect(run.error).toContain('配置計算を実行していたサーバーが停止したため');
    // It stays failed, and the list says so too.
    const listed = (await (
      await call(b, session, 'GET', `/api/matching/scenarios?fiscalYear=${LOAD_YEAR}`)
    ).json()) as { items: { id: string; latestRun: { id: string; status: string } | null }[] };
    expect(listed.items.find((s) => s.id === scenarioId)?.latestRun).toEqual(
      expect.objectContaining({ id: runId, status: 'failed' }),
    );
  }, 120_000);
});
