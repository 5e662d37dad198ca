/**
 * `npm run bench api`: authenticated reads under load, as the staff of 24 bodies open their pages at
 * 8:30 — the real server (`dxship serve`, a child process with the demo data) on PGlite and on PostgreSQL
 * (a throwaway server on this machine), 50 connections per endpoint (autocannon, in this process).
 *
 * Reference, measured in the same run: a bare Hono hello-world on @hono/node-server in a child process.
 * Every figure is printed with its ratio to it. Then the search and 台帳 endpoints again with 200,000
 * systems in the 台帳. Targets (issue 11), printed, never asserted:
 *   /api/health ≥ 0.5× bare Hono; authenticated reads ≥ 1,000 req/s with p99 ≤ 100 ms on PostgreSQL and
 *   ≥ 500 req/s with p99 ≤ 200 ms on PGlite; server RSS after the PGlite run ≤ 400 MB.
 *
 * Each endpoint is first loaded for WARMUP_SECONDS untimed (the reference too), then measured.
 * `API_BENCH_SECONDS` (default 8) per endpoint; `API_BENCH_PG=0` / `API_BENCH_PGLITE=0` skip a database;
 * `API_BENCH_LARGE=0` skips the 200,000-system runs.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startThrowawayPostgres } from './support/pg-throwaway.ts';
import { seedSystems } from './support/seed-systems.ts';

const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 8);
const CONNECTIONS = 50;
/**
 * Untimed load before each measured one, the bare reference included: V8 compiles a route's code
 * (and the middleware's) while it runs, and a measurement from a cold start counts that once-only work.
 */
const WARMUP_SECONDS = 2;
const WITH_PG = process.env.API_BENCH_PG !== '0';
const WITH_PGLITE = process.env.API_BENCH_PGLITE !== '0';
const WITH_LARGE = process.env.API_BENCH_LARGE !== '0';
const LARGE_SYSTEMS = 200_000;
const LOGIN = process.env.API_BENCH_LOGIN ?? 'admin';
const PASSWORD = process.env.API_BENCH_PASSWORD ?? 'dxship-demo';
const TARGET_RSS_MB = 400;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/dxship.mjs');
const BARE_HONO = fileURLToPath(new URL('./support/bare-hono.ts', import.meta.url));

/** The authenticated reads of the issue, in its order. */
const AUTHENTICATED = [
  '/api/auth/me',
  '/api/orgs',
  '/api/people',
  '/api/systems?q=住民',
  '/api/search?q=住民',
  '/api/dashboard?fiscalYear=2024',
  '/api/placement/summary?fiscalYear=2024',
];
const LARGE_PATHS = ['/api/systems?q=住民', '/api/search?q=住民'];

type Figure = { path: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };
type Target = { rps: number; p99: number };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A child process serving HTTP on a loopback port, ready once `/health` (or `/`) answers. */
type Served = { url: string; pid: number; stop: () => Promise<void> };

async function waitUntilUp(url: string, proc: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not come up:\n${log()}`);
}

async function serve(args: string[], env: Record<string, string>, healthPath: string): Promise<Served> {
  const port = await freePort();
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  });
  proc.stderr?.on('data', (d: Buffer) => {
    output = (output + d.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${url}${healthPath}`, proc, () => output);
  return {
    url,
    pid: proc.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function load(url: string, path: string, headers: Record<string, string> = {}): Promise<Figure> {
  await autocannon({
    url: `${url}${encodeURI(path)}`,
    connections: CONNECTIONS,
    duration: WARMUP_SECONDS,
    headers,
  });
  const result = await autocannon({
    url: `${url}${encodeURI(path)}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
  });
  return {
    path,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Signs in through the API; the session cookie to send with every request. */
async function signIn(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login as ${LOGIN} failed: ${res.status} ${await res.text()}`);
  const cookie = /dxship_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('no session cookie');
  return { cookie };
}

function row(f: Figure, bare: number, target?: Target): string {
  const ratio = (f.rps / bare).toFixed(2);
  const met = target ? (f.rps >= target.rps && f.p99 <= target.p99 ? 'met' : 'NOT met') : '';
  const failed = f.non2xx + f.errors > 0 ? `  (${f.non2xx} non-2xx, ${f.errors} errors)` : '';
  return `  ${f.path.padEnd(40)} ${String(f.rps).padStart(7)} req/s  ${ratio.padStart(5)}× bare  p50 ${String(f.p50).padStart(4)} ms  p99 ${String(f.p99).padStart(5)} ms  ${met}${failed}`;
}

/** Runs a `dxship` command to completion (set-up work the serving process is not measured for). */
function runCli(args: string[], env: Record<string, string>): void {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`dxship ${args.join(' ')} failed: ${run.stderr}`);
}

/**
 * Loads the demo data with `dxship demo` before the server starts, as an installation is set up once:
 * the serving process is measured, not the one-time loading (on PGlite the engine's heap would carry it).
 */
function loadDemo(env: Record<string, string>): void {
  runCli(['demo'], env);
  notifyOnce(env);
}

/**
 * The notifications job's first evaluation of new data (every contract and commitment) is one-time
 * work too: done before the server starts, the server's own first run (5 s after start) finds nothing new.
 */
function notifyOnce(env: Record<string, string>): void {
  runCli(['notifications', 'run'], env);
}

/**
 * Waits for a fresh server's start-up work — the search index built once it listens, the notifications
 * job's first run 5 s after start — so that the figures are of a server in service, not starting.
 */
async function settle(url: string, headers: Record<string, string>): Promise<void> {
  await fetch(`${url}/api/search?q=${encodeURIComponent('住民')}`, { headers });
  await new Promise((resolve) => setTimeout(resolve, 8000));
}

async function runDatabase(
  name: 'PGlite' | 'PostgreSQL',
  env: Record<string, string>,
  bare: number,
  target: Target,
  prepareLarge: () => Promise<void>,
): Promise<void> {
  console.log(`\n${name}: demo data`);
  loadDemo(env);
  let server = await serve([BIN, 'serve'], env, '/api/health');
  try {
    const headers = await signIn(server.url);
    await settle(server.url, headers);
    console.log(row(await load(server.url, '/api/health'), bare, { rps: bare * 0.5, p99: Infinity }));
    for (const path of AUTHENTICATED) console.log(row(await load(server.url, path, headers), bare, target));
    const mem = memoryOf(server.pid);
    const met = name === 'PGlite' ? (mem.rssMb <= TARGET_RSS_MB ? 'met' : 'NOT met') : '';
    console.log(`  server RSS after the run: ${mem.rssMb} MB (peak ${mem.peakMb} MB) ${met}`);
  } finally {
    await server.stop();
  }
  if (!WITH_LARGE) return;
  console.log(`\n${name}: ${LARGE_SYSTEMS.toLocaleString('en')} systems in the 台帳`);
  await prepareLarge();
  notifyOnce(env);
  server = await serve([BIN, 'serve'], env, '/api/health');
  try {
    const headers = await signIn(server.url);
    await settle(server.url, headers);
    for (const path of LARGE_PATHS) console.log(row(await load(server.url, path, headers), bare, target));
    const mem = memoryOf(server.pid);
    console.log(`  server RSS after the run: ${mem.rssMb} MB (peak ${mem.peakMb} MB)`);
  } finally {
    await server.stop();
  }
}

export default async function bench(): Promise<void> {
  console.log(
    `${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${CONNECTIONS} connections, ${SECONDS} s per endpoint; signed in as ${LOGIN}`,
  );
  const reference = await serve(['--import', 'tsx', BARE_HONO], {}, '/');
  const bareFigure = await load(reference.url, '/');
  await reference.stop();
  const bare = bareFigure.rps;
  console.log(`bare Hono hello-world: ${bare} req/s, p99 ${bareFigure.p99} ms (the reference)`);

  if (WITH_PGLITE) {
    const dataDir = mkdtempSync(join(tmpdir(), 'dxship-api-bench-'));
    try {
      await runDatabase('PGlite', { DATA_DIR: dataDir }, bare, { rps: 500, p99: 200 }, () =>
        seedSystems({ dataDir }, LARGE_SYSTEMS),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (WITH_PG) {
    const pg = await startThrowawayPostgres({ settings: { max_connections: '200' } });
    try {
      console.log(`\n(PostgreSQL runs on this machine: ${pg.dir})`);
      await runDatabase('PostgreSQL', { DATABASE_URL: pg.url }, bare, { rps: 1000, p99: 100 }, () =>
        seedSystems({ databaseUrl: pg.url, dataDir: '' }, LARGE_SYSTEMS),
      );
    } finally {
      await pg.stop();
    }
  }
}
