/**
 * An .xlsx bomb against a real server (`dxship serve` in a child process, PGlite in a data folder):
 * how long the server takes to refuse it and how much its memory grows meanwhile, next to a real
 * workbook of about the same size on the wire (the reference, measured in the same run).
 *
 * Memory is the server process's resident set, read from /proc/<pid>/status every 10 ms while the
 * request runs (Linux). Targets (issue 10): refused within a second, server memory grows by less than
 * 50 MB. Printed, never asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '../src/db/demo/demo-accounts.ts';
import { startServerProcess } from '../tests/support/server-process.ts';
import { buildXlsxBomb } from '../tests/support/xlsx-bomb.ts';

const HEADERS = ['システム名', '業務', '担当課', 'ベンダー', '製品名', '稼働環境', '年間経費', '備考'];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function realWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(HEADERS);
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      `システム${i}`,
      'その他',
      `課${i % 40}`,
      `ベンダー${i % 97}（架空）`,
      `製品${i % 13}`,
      'オンプレ',
      1000 * i,
      `備考 ${i}`,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type Measured = { status: number; code: string; ms: number; baseMb: number; peakMb: number };

async function measure(
  url: string,
  pid: number,
  headers: Record<string, string>,
  bytes: Buffer,
): Promise<Measured> {
  const baseMb = rssMb(pid);
  let peakMb = baseMb;
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, rssMb(pid));
  }, 10);
  const t0 = performance.now();
  const res = await fetch(`${url}/api/systems/import?filename=bench.xlsx`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  const body = (await res.json()) as { error?: { code: string } };
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peakMb = Math.max(peakMb, rssMb(pid));
  return { status: res.status, code: body.error?.code ?? 'preview', ms, baseMb, peakMb };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dxship-bomb-bench-'));
  const bomb = await buildXlsxBomb(HEADERS, { spaceBytes: 400 * 1024 * 1024, extraRows: 1000 });
  const liar = await buildXlsxBomb(
    HEADERS,
    { spaceBytes: 400 * 1024 * 1024, extraRows: 1000 },
    { lie: true },
  );
  const reference = await realWorkbook(12_000);
  const server = await startServerProcess({ DATA_DIR: join(dir, 'data') });
  try {
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the search index builds after start
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = /dxship_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const kb = (b: Buffer) => `${(b.byteLength / 1024).toFixed(0)} KB`;
    const rows: [string, Buffer, string][] = [
      ['reference', reference, `real workbook, 12,000 rows, ${kb(reference)}`],
      [
        'bomb',
        bomb.bytes,
        `${kb(bomb.bytes)} → ${(bomb.sheetBytes / 1024 / 1024).toFixed(0)} MB sheet XML, sizes declared`,
      ],
      [
        'lying bomb',
        liar.bytes,
        `${kb(liar.bytes)} → ${(liar.sheetBytes / 1024 / 1024).toFixed(0)} MB, directory claims a few KB`,
      ],
    ];
    const results: Measured[] = [];
    for (const [name, bytes, what] of rows) {
      const r = await measure(server.url, server.pid, headers, bytes);
      results.push(r);
      console.log(
        `${name.padEnd(11)} ${what}\n${''.padEnd(11)} → ${r.status} ${r.code} in ${r.ms.toFixed(0)} ms; server RSS ${r.baseMb.toFixed(0)} MB before, peak ${r.peakMb.toFixed(0)} MB (+${(r.peakMb - r.baseMb).toFixed(1)} MB)`,
      );
    }
    const [ref, b, l] = results as [Measured, Measured, Measured];
    console.log(
      `ratios to the reference: bomb time ×${(b.ms / ref.ms).toFixed(2)}, memory growth ×${((b.peakMb - b.baseMb) / Math.max(ref.peakMb - ref.baseMb, 0.1)).toFixed(2)}; lying bomb time ×${(l.ms / ref.ms).toFixed(2)}`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
