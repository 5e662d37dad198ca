/**
 * A 500,000-row 台帳 import through the real pipeline — the HTTP route (POST /api/systems/import with
 * the file as the body, NDJSON progress), the stored preview, then POST …/commit (one transaction) —
 * into PGlite (a data folder, as `dxship serve` uses) and into PostgreSQL (a throwaway server).
 *
 * The import runs in a child process that does nothing else, so its peak RSS is the server's memory
 * for the import (the CSV is streamed from disk into the request, not held by the bench). For PGlite
 * the database engine runs inside that process and is counted; for PostgreSQL it is a separate server.
 *
 * Targets (issue 5): ≤ 30 s for the whole import, server memory < 400 MB. Printed, never asserted.
 * `IMPORT_BENCH_ROWS` (default 500000), `IMPORT_BENCH_PG=0` / `IMPORT_BENCH_PGLITE=0` (skip one) shorten a run.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import pg from 'pg';
import { loadReferenceData } from '../src/db/reference/load-reference-data.ts';
import { STANDARD_BUSINESSES } from '../src/domain/standard-businesses.ts';
import { createApp } from '../src/server/app.ts';
import { createUser } from '../src/server/features/users/create-user.ts';
import { CLI_ACTOR } from '../src/server/platform/actor.ts';
import { openDatabase } from '../src/server/platform/db.ts';
import { readEnv } from '../src/server/platform/env.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { startThrowawayPostgres } from './support/pg-throwaway.ts';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 500_000);
const WITH_PG = process.env.IMPORT_BENCH_PG !== '0';
const WITH_PGLITE = process.env.IMPORT_BENCH_PGLITE !== '0';
const CHILD_FLAG = '--import-bench-child';
const TARGET_SECONDS = 30;
const TARGET_MB = 400;
const PASSWORD = 'bench-password-1';

type Result = {
  previewMs: number;
  commitMs: number;
  rows: number;
  inserted: number;
  maxRssMb: number;
  /** CPU time of the importing process (user + system). */
  cpuMs: number;
  /** The sampled moment of largest RSS: its phase and what the memory was (V8 heap, external). */
  peak: {
    /** RSS and V8 heap of the ready server before the upload began. */
    startRssMb: number;
    startHeapMb: number;
    phase: string;
    rssMb: number;
    heapUsedMb: number;
    heapTotalMb: number;
    externalMb: number;
    arrayBuffersMb: number;
  };
};

// ---------------------------------------------------------------------------------------------------
// The file: a 台帳 as Excel saves it as CSV — Shift_JIS (CP932), CRLF, dates as yyyy/m/d.

const BODY_CODES = [
  '340006',
  '341002',
  '342025',
  '342033',
  '342041',
  '342050',
  '342076',
  '342084',
  '342092',
  '342106',
  '342114',
  '342122',
  '342131',
  '342149',
  '342157',
  '343021',
  '343048',
  '343072',
  '343099',
  '343684',
  '343692',
  '344311',
  '344621',
  '345458',
];
const VENDORS = [
  '瀬戸内システム株式会社（架空）',
  '中国情報開発株式会社（架空）',
  '㈱髙橋システム①（架空）',
  '芸予データサービス株式会社（架空）',
];
const HOSTING = ['オンプレミス', 'クラウド', 'ガバメントクラウド', 'LGWAN-ASP'];

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    new Promise<void>((resolve) =>
      out.write(iconv.encode(text, 'cp932')) ? resolve() : out.once('drain', resolve),
    );
  await write(
    '団体コード,システム名,業務,担当課,ベンダー,製品名,稼働環境,契約開始日,契約終了日,年間経費,利用者数,個人情報,標準化・移行状況,備考\r\n',
  );
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const standard = i % 3 !== 0;
    const business = standard ? STANDARD_BUSINESSES[i % STANDARD_BUSINESSES.length] : 'その他';
    const step = standard ? '移行作業中' : '';
    const year = 2025 + (i % 5);
    chunk += `${BODY_CODES[i % BODY_CODES.length]},システム${i}（${business}）,${business},市民課,${VENDORS[i % VENDORS.length]},製品${i % 97},${HOSTING[i % 4]},${year - 5}/4/1,${year}/3/31,"${(1000 + (i % 9000)) * 1000}",${i % 300},${standard ? '○' : '×'},${step},備考${i}\r\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

// ---------------------------------------------------------------------------------------------------
// The child: the server side of the import, nothing else.

async function readNdjson(
  res: Response,
  label: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let lastShown = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += value;
    for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
      const line = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
      buffer = buffer.slice(nl + 1);
      if (line.type === 'progress') {
        const rows = Number(line.rows);
        const tenth = Math.floor((rows / ROWS) * 10);
        if (tenth > lastShown) {
          lastShown = tenth;
          process.stdout.write(`  ${label}: ${rows.toLocaleString()} rows\n`);
        }
      } else if (line.type === 'result') {
        return { status: Number(line.status), body: line.body as Record<string, unknown> };
      } else {
        throw new Error(`${label} failed: ${JSON.stringify(line)}`);
      }
    }
    if (done) throw new Error(`${label}: the answer ended without a result`);
  }
}

async function child(target: string, csvPath: string): Promise<void> {
  const database = await openDatabase(
    target.startsWith('postgres') ? { databaseUrl: target, dataDir: '' } : { dataDir: target },
  );
  const defaults = readEnv({});
  const app = createApp({
    db: database.db,
    logger: createLogger('silent'),
    sessionTtlHours: 8,
    cookieSecure: 'auto',
    // The server's own limits (20 MB for requests, 512 MB for an import file), as `dxship serve` has them.
    bodyLimitBytes: defaults.bodyLimitBytes,
    importLimitBytes: defaults.importLimitBytes,
  });
  await createUser(database.db, CLI_ACTOR, {
    login: 'bench-admin',
    displayName: 'ベンチマーク',
    password: PASSWORD,
    role: 'admin',
    orgCode: '340006',
  });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'bench-admin', password: PASSWORD }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = /dxship_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const headers = { cookie, 'x-csrf-token': csrfToken, accept: 'application/x-ndjson' };

  // Samples the process's memory every 100 ms; the sample with the largest RSS tells what it was made of.
  const before = process.memoryUsage();
  let peak = before;
  let phase = 'preview';
  let peakPhase = phase;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    if (now.rss > peak.rss) {
      peak = now;
      peakPhase = phase;
    }
  }, 100);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const preview = await app.request('/api/systems/import?filename=bench.csv', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv', 'content-length': String(statSync(csvPath).size) },
    body: Readable.toWeb(createReadStream(csvPath)) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const p = await readNdjson(preview, 'preview');
  const t1 = performance.now();
  phase = 'commit';
  const commit = await app.request(`/api/systems/import/${String(p.body.batchId)}/commit`, {
    method: 'POST',
    headers,
  });
  const c = await readNdjson(commit, 'commit');
  const t2 = performance.now();
  clearInterval(sampler);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const result: Result = {
    peak: {
      startRssMb: mb(before.rss),
      startHeapMb: mb(before.heapTotal),
      phase: peakPhase,
      rssMb: mb(peak.rss),
      heapUsedMb: mb(peak.heapUsed),
      heapTotalMb: mb(peak.heapTotal),
      externalMb: mb(peak.external),
      arrayBuffersMb: mb(peak.arrayBuffers),
    },
    previewMs: t1 - t0,
    commitMs: t2 - t1,
    rows: Number(p.body.validRows),
    inserted: Number(c.body.inserted),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (() => {
      const used = process.cpuUsage(cpu0);
      return (used.user + used.system) / 1000;
    })(),
  };
  if (Number(p.body.errorCount) > 0)
    throw new Error(`preview found errors: ${JSON.stringify(p.body.errors)}`);
  await database.close();
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------------------------------------------
// The parent: prepares the databases, runs one child per database, prints the figures.

function runChild(target: string, csvPath: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const self = fileURLToPath(import.meta.url);
    const proc = spawn(process.execPath, ['--import', 'tsx', self, CHILD_FLAG, target, csvPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, IMPORT_BENCH_ROWS: String(ROWS) },
    });
    let result: Result | undefined;
    let buffer = '';
    proc.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as Result;
        else console.log(line);
      }
    });
    proc.on('exit', (code) =>
      result && code === 0 ? resolve(result) : reject(new Error(`child exited ${code}`)),
    );
  });
}

function report(name: string, r: Result): void {
  const total = (r.previewMs + r.commitMs) / 1000;
  const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(5);
  const time = `${total <= TARGET_SECONDS ? 'met' : 'NOT met'}: ≤ ${TARGET_SECONDS} s`;
  const memory = `${r.maxRssMb < TARGET_MB ? 'met' : 'NOT met'}: < ${TARGET_MB} MB`;
  console.log(
    [
      name.padEnd(11),
      `preview ${seconds(r.previewMs)} s`,
      `commit ${seconds(r.commitMs)} s`,
      `total ${seconds(total * 1000)} s (${time})`,
      `peak RSS ${r.maxRssMb.toFixed(0).padStart(4)} MB (${memory})`,
      `CPU ${seconds(r.cpuMs)} s`,
      `${r.inserted.toLocaleString()} rows, ${Math.round(r.inserted / total || 0).toLocaleString()} rows/s`,
    ].join('  '),
  );
  const p = r.peak;
  console.log(
    `${''.padEnd(11)}  before the upload: RSS ${p.startRssMb} MB (V8 heap ${p.startHeapMb} MB); at the sampled peak (${p.phase}): RSS ${p.rssMb} MB = V8 heap ${p.heapTotalMb} MB (${p.heapUsedMb} MB used) + external ${p.externalMb} MB (array buffers ${p.arrayBuffersMb} MB) + the rest (code, engine)`,
  );
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dxship-import-bench-'));
  try {
    const csvPath = join(dir, 'daicho.csv');
    await writeCsv(csvPath, ROWS);
    const mb = statSync(csvPath).size / 1024 / 1024;
    console.log(
      `machine: ${cpus().length} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `import of ${ROWS.toLocaleString()} rows: CP932 CSV of ${mb.toFixed(1)} MB, through HTTP, preview + commit`,
    );

    let pglite: Result | undefined;
    if (WITH_PGLITE) {
      const pgliteDir = join(dir, 'pglite');
      const setup = await openDatabase({ dataDir: pgliteDir });
      await setup.migrate();
      await loadReferenceData(setup.db);
      await setup.close();
      pglite = await runChild(pgliteDir, csvPath);
    }

    let postgres: Result | undefined;
    if (WITH_PG) {
      const server = await startThrowawayPostgres();
      try {
        const admin = new pg.Client({ connectionString: server.url });
        await admin.connect();
        await admin.query('CREATE DATABASE dxship_import_bench');
        await admin.end();
        const url = server.url.replace(/\/postgres$/, '/dxship_import_bench');
        const db = await openDatabase({ databaseUrl: url, dataDir: '' });
        await db.migrate();
        await loadReferenceData(db.db);
        await db.close();
        postgres = await runChild(url, csvPath);
      } finally {
        await server.stop();
      }
    }
    console.log('');
    if (pglite) report('PGlite', pglite);
    if (postgres) report('PostgreSQL', postgres);
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      'peak RSS is the importing process; for PGlite it includes the embedded database engine (its WASM heap and buffer cache), for PostgreSQL only the app.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes(CHILD_FLAG)) {
  const [target, csvPath] = process.argv.slice(process.argv.indexOf(CHILD_FLAG) + 1);
  await child(target ?? '', csvPath ?? '');
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bench();
}
