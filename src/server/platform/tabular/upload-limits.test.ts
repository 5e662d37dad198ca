import { count } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildXlsxBomb } from '../../../../tests/support/xlsx-bomb.ts';
import { importBatches } from '../../../db/schema/index.ts';
import { readTable } from './read-table.ts';
import { XLSX_LIMITS } from './xlsx-archive.ts';

const HEADERS = ['システム名', '業務', '担当課'];
type ErrorBody = { error: { code: string; message: string } };

let t: TestApp;
let admin: Session;
/** ~400 KB that expands to ~400 MB of sheet XML, its sizes declared honestly. */
let bomb: { bytes: Buffer; sheetBytes: number };
/** ~40 KB that expands to ~40 MB while its directory claims a few hundred bytes. */
let liar: { bytes: Buffer; sheetBytes: number };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  bomb = await buildXlsxBomb(HEADERS, { spaceBytes: 400 * 1024 * 1024, extraRows: 1000 });
  liar = await buildXlsxBomb(HEADERS, { spaceBytes: 40 * 1024 * 1024, extraRows: 10 }, { lie: true });
}, 120_000);
afterAll(() => t.close());

async function upload(bytes: Uint8Array, contentLength = true) {
  const body = contentLength
    ? new Uint8Array(bytes)
    : new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.byteLength; at += 64 * 1024)
            controller.enqueue(bytes.slice(at, at + 64 * 1024));
          controller.close();
        },
      });
  return t.app.request('/api/systems/import?filename=bomb.xlsx', {
    method: 'POST',
    headers: {
      cookie: admin.cookie,
      'x-csrf-token': admin.csrfToken,
      'content-type': 'application/octet-stream',
    },
    body,
    ...(contentLength ? {} : { duplex: 'half' }),
  } as RequestInit);
}

const batches = async () => (await t.db.select({ n: count() }).from(importBatches))[0]?.n ?? 0;

describe('an .xlsx is checked before it is parsed', () => {
  it('refuses a workbook that expands ~1000-fold past the limit with 413 IMPORT_TOO_LARGE, keeping nothing', async () => {
    expect(bomb.bytes.byteLength).toBeLessThan(600 * 1024);
    expect(bomb.sheetBytes).toBeGreaterThan(400 * 1024 * 1024);
    const before = await batches();
    for (const contentLength of [true, false]) {
      const res = await upload(bomb.bytes, contentLength);
      expect(res.status).toBe(413);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('IMPORT_TOO_LARGE');
      expect(body.error.message).toContain('大きすぎます');
    }
    expect(await batches()).toBe(before);
  }, 60_000);

  it('refuses a workbook whose directory lies about the size, as soon as it expands past the claim', async () => {
    expect(liar.sheetBytes).toBeGreaterThan(40 * 1024 * 1024);
    const res = await upload(liar.bytes);
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.message).toContain('申告された大きさを超えて');
  }, 60_000);

  it('bounds the compression ratio, the number of entries and of shared strings', async () => {
    // Under the size limit, but 1000-fold compressed.
    const dense = await buildXlsxBomb(HEADERS, { spaceBytes: 20 * 1024 * 1024, extraRows: 0 });
    await expect(readTable(dense.bytes)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', status: 413 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(HEADERS);
    for (let i = 0; i < 50; i++) sheet.addRow([`システム${i}`, '住基', `課${i}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ok = await readTable(bytes);
    expect(ok.rows).toHaveLength(50);
    await expect(readTable(bytes, { xlsxLimits: { ...XLSX_LIMITS, entries: 5 } })).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringContaining('要素'),
    });
    // exceljs writes strings as shared strings: 50 × 2 distinct ones plus the headers.
    await expect(
      readTable(bytes, { xlsxLimits: { ...XLSX_LIMITS, sharedStrings: 60 } }),
    ).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('共有文字列') });
    await expect(readTable(bytes, { recordLimits: { recordChars: 1024, columns: 2 } })).rejects.toMatchObject(
      { code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('1 行目の列') },
    );
  }, 60_000);
});

describe('a CSV record is bounded in size and columns', () => {
  it('refuses a record past the size limit (an unclosed quote swallowing the file) in Japanese', async () => {
    const csv = new TextEncoder().encode(`${HEADERS.join(',')}\n"開いたままの引用符,${'あ'.repeat(3000)}\n`);
    await expect(readTable(csv, { recordLimits: { recordChars: 2000, columns: 100 } })).rejects.toMatchObject(
      {
        code: 'IMPORT_TOO_LARGE',
        message: expect.stringMatching(/2 行目が 2,000 文字を超えています。引用符/),
      },
    );
  });

  it('refuses a row with more columns than allowed, through the import route', async () => {
    const wide = new TextEncoder().encode(
      `${HEADERS.join(',')}\n${Array.from({ length: 1500 }, () => 'x').join(',')}\n`,
    );
    const res = await upload(wide);
    expect(res.status).toBe(413);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('IMPORT_TOO_LARGE');
    expect(body.error.message).toContain('2 行目の列が 1,000 列を超えています');
  });
});
