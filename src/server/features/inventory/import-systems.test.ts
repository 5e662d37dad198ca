import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, importBatches, systems } from '../../../db/schema/index.ts';

type Preview = {
  batchId: string;
  status: string;
  format: string;
  encoding: string | null;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errorCount: number;
  errors: { row: number; column: string; message: string }[];
  headers: string[];
  columns: { header: string; field: string | null }[];
  ignoredHeaders: string[];
  flagged: { row: number; cells: string[] }[];
  sample: { row: number; cells: string[]; flagged: boolean }[];
  orgCodes: string[];
  canCommit: boolean;
};
type ErrorBody = { error: { code: string; message: string } };

const ETAJIMA = '342157';
const KURE = '342025';

let t: TestApp;
let admin: Session;
let etajima: Session;
let kure: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  etajima = await t.as('municipal_manager', ETAJIMA);
  kure = await t.as('municipal_manager', KURE);
});
afterAll(() => t.close());

/** POSTs the file as the raw body, as the web client does. */
async function upload(as: Session, bytes: Uint8Array, query = '', accept = 'application/json') {
  return t.app.request(`/api/systems/import${query}`, {
    method: 'POST',
    headers: {
      cookie: as.cookie,
      'x-csrf-token': as.csrfToken,
      'content-type': 'text/csv',
      accept,
    },
    body: new Uint8Array(bytes),
  });
}

async function preview(as: Session, bytes: Uint8Array, query = ''): Promise<Preview> {
  const res = await upload(as, bytes, query);
  expect(res.status).toBe(201);
  return (await res.json()) as Preview;
}

const commit = (as: Session, batchId: string) =>
  t.request('POST', `/api/systems/import/${batchId}/commit`, { as });

const systemCount = async (orgCode: string) =>
  (await t.db.select({ n: count() }).from(systems).where(eq(systems.orgCode, orgCode)))[0]?.n ?? 0;

const cp932 = (text: string) => new Uint8Array(iconv.encode(text, 'cp932'));

/** A 台帳 as Excel saves it as "CSV (コンマ区切り)": CP932, CRLF, dates as yyyy/m/d. */
const HEADER =
  'システム名,業務,担当課,ベンダー,製品名,稼働環境,契約開始日,契約終了日,年間経費,個人情報,標準化・移行状況,備考';
const GOOD_ROWS = [
  '住民記録システム,住基,市民課,㈱髙橋システム①（架空）,住記パック,ガバクラ,2021/4/1,2026/3/31,"12,000,000",○,移行作業中,',
  '財務会計システム,その他,財政課,瀬戸内システム株式会社（架空）,せとうち財務,オンプレ,R3.4.1,R8.3.31,3500000,×,,"複数行の\r\n備考"',
  '電子申請,その他,デジタル推進課,県央データ株式会社（架空）,,LGWAN-ASP,2024/4/1,2029/3/31,800000,はい,,',
];

describe('POST /api/systems/import — preview', () => {
  it('reads a CP932 CSV from Excel, flags bad rows with Excel row numbers, stores nothing yet', async () => {
    const before = await systemCount(ETAJIMA);
    const bad = [
      '国保システム,国保,保険課,,,クラウド,2022/4/1,2021/3/31,abc,○,,', // end before start; cost not a number
      ',戸籍,市民課,,,オンプレミス,,,,,,', // no name
      '謎のシステム,謎業務,,,,宇宙,,,,,,', // unknown business and hosting
    ];
    const file = cp932(
      `${HEADER}\r\n${[GOOD_ROWS[0], bad[0], GOOD_ROWS[1], bad[1], bad[2]].join('\r\n')}\r\n`,
    );
    const p = await preview(etajima, file, '?filename=%E5%8F%B0%E5%B8%B3.csv');
    expect(p).toMatchObject({
      status: 'preview',
      format: 'csv',
      encoding: 'cp932',
      totalRows: 5,
      validRows: 2,
      invalidRows: 3,
      canCommit: false,
      orgCodes: [ETAJIMA],
    });
    // The second good row's 備考 spans two lines in one record: rows stay as Excel numbers them.
    expect(p.errors).toEqual([
      { row: 3, column: '年間経費', message: '整数として読めません（「abc」）' },
      { row: 3, column: '契約終了日', message: '契約終了日が契約開始日より前です' },
      { row: 5, column: 'システム名', message: '入力が必要です（空欄です）' },
      {
        row: 6,
        column: '業務',
        message: '業務は標準化対象20業務のいずれか、または「その他」を指定してください',
      },
      {
        row: 6,
        column: '稼働環境',
        message:
          '稼働環境は オンプレミス / クラウド / ガバメントクラウド / LGWAN-ASP のいずれかを指定してください',
      },
    ]);
    expect(p.flagged.map((f) => f.row)).toEqual([3, 5, 6]);
    expect(p.sample[0]?.cells[3]).toBe('㈱髙橋システム①（架空）');
    expect(p.columns.find((c) => c.header === '年間経費')?.field).toBe('yearlyCost');
    expect(await systemCount(ETAJIMA)).toBe(before);

    const refused = await commit(etajima, p.batchId);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await systemCount(ETAJIMA)).toBe(before);
  });

  it('commits a fixed file in one go, audited once with the counts; a second commit is 409', async () => {
    const before = await systemCount(ETAJIMA);
    const auditBefore = (await t.db.select().from(auditLog)).length;
    const p = await preview(etajima, cp932(`${HEADER}\r\n${GOOD_ROWS.join('\r\n')}\r\n`));
    expect(p).toMatchObject({ totalRows: 3, validRows: 3, errorCount: 0, canCommit: true });
    const res = await commit(etajima, p.batchId);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      batchId: p.batchId,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      refused: 0,
      refusedFile: null,
    });
    expect(await systemCount(ETAJIMA)).toBe(before + 3);

    const rows = await t.db.select().from(systems).where(eq(systems.importBatchId, p.batchId));
    const juki = rows.find((r) => r.name === '住民記録システム');
    expect(juki).toMatchObject({
      orgCode: ETAJIMA,
      business: '住民基本台帳',
      hosting: 'ガバメントクラウド',
      vendor: '㈱髙橋システム①（架空）',
      contractStart: '2021-04-01',
      contractEnd: '2026-03-31',
      yearlyCost: 12_000_000,
      personalData: true,
      migrationStep: '移行作業中',
      status: '稼働中',
    });
    expect(rows.find((r) => r.name === '財務会計システム')).toMatchObject({
      contractStart: '2021-04-01',
      hosting: 'オンプレミス',
      note: '複数行の\r\n備考',
    });

    const entries = (await t.db.select().from(auditLog)).slice(auditBefore);
    expect(entries.map((e) => e.action)).toEqual(['systems.import']);
    expect(entries[0]?.after).toMatchObject({ rows: 3, orgCodes: [ETAJIMA], mode: 'append' });

    const again = await commit(etajima, p.batchId);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe('IMPORT_ALREADY_COMMITTED');
    expect(await systemCount(ETAJIMA)).toBe(before + 3);
  });

  it('replace mode swaps the body’s whole 台帳 in one transaction', async () => {
    expect(await systemCount(ETAJIMA)).toBeGreaterThan(0);
    const p = await preview(etajima, cp932(`${HEADER}\r\n${GOOD_ROWS[2]}\r\n`), '?mode=replace');
    const res = await commit(etajima, p.batchId);
    const body = (await res.json()) as { inserted: number; deleted: number };
    expect(body.inserted).toBe(1);
    expect(body.deleted).toBeGreaterThan(0);
    expect(await systemCount(ETAJIMA)).toBe(1);
  });

  it('flags rows of another body for a municipal user; an admin may import them', async () => {
    const text = `団体コード,${HEADER}\r\n${KURE},${GOOD_ROWS[0]}\r\n${ETAJIMA},${GOOD_ROWS[1]}\r\n131016,${GOOD_ROWS[2]}\r\n`;
    const p = await preview(etajima, cp932(text));
    expect(p.errors).toEqual([
      { row: 2, column: '団体コード', message: `他の団体（${KURE}）の台帳は取り込めません` },
      { row: 4, column: '団体コード', message: '団体コード 131016 の団体は登録されていません' },
    ]);
    const adminText = `団体コード,${HEADER}\r\n${KURE},${GOOD_ROWS[0]}\r\n${ETAJIMA},${GOOD_ROWS[2]}\r\n`;
    const asAdmin = await preview(admin, cp932(adminText));
    expect(asAdmin).toMatchObject({ validRows: 2, orgCodes: [ETAJIMA, KURE].sort() });
  });

  it('UTF-8 with BOM, English keys and an explicit mapping are accepted', async () => {
    const text = '\ufeffname,business,設置場所,contractEnd\r\n会計,その他,クラウド,2027-03-31\r\n';
    const p = await preview(
      kure,
      new TextEncoder().encode(text),
      `?mapping=${encodeURIComponent('{"設置場所":"hosting"}')}`,
    );
    expect(p).toMatchObject({ encoding: 'utf-8-bom', validRows: 1, canCommit: true, orgCodes: [KURE] });
  });

  it('a forced encoding is honoured (cp932 bytes read as UTF-8 flag their rows)', async () => {
    const p = await preview(etajima, cp932(`${HEADER}\r\n${GOOD_ROWS[0]}\r\n`), '?encoding=utf-8');
    expect(p.encoding).toBe('utf-8');
    expect(p.validRows).toBe(0);
  });

  it('reads .xlsx with real dates and numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台帳');
    sheet.addRow(['システム名', '業務', '稼働環境', '契約終了日', '年間経費（円）', '個人情報']);
    sheet.addRow([
      '介護保険システム',
      '介護保険',
      'ガバメントクラウド',
      new Date(Date.UTC(2027, 2, 31)),
      5400000,
      true,
    ]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const p = await preview(kure, bytes, '?filename=daicho.xlsx');
    expect(p).toMatchObject({ format: 'xlsx', encoding: null, validRows: 1, canCommit: true });
    expect((await commit(kure, p.batchId)).status).toBe(200);
    const [row] = await t.db.select().from(systems).where(eq(systems.importBatchId, p.batchId));
    expect(row).toMatchObject({ contractEnd: '2027-03-31', yearlyCost: 5_400_000, personalData: true });
  });

  it('refuses an empty upload, a header-only file and an unreadable file, keeping no batch', async () => {
    const batches = (await t.db.select().from(importBatches)).length;
    const empty = await upload(etajima, new Uint8Array());
    expect(((await empty.json()) as ErrorBody).error.code).toBe('IMPORT_NO_FILE');
    const headerOnly = await upload(etajima, cp932(`${HEADER}\r\n`));
    expect(((await headerOnly.json()) as ErrorBody).error.code).toBe('IMPORT_EMPTY');
    const broken = await upload(etajima, new TextEncoder().encode('a,b\n"unterminated,1\n'));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.code).toBe('TABLE_UNREADABLE');
    expect((await t.db.select().from(importBatches)).length).toBe(batches);
  });

  it("another user's batch is not found (404), not committable", async () => {
    const p = await preview(etajima, cp932(`${HEADER}\r\n${GOOD_ROWS[0]}\r\n`));
    expect((await commit(kure, p.batchId)).status).toBe(404);
    expect((await commit(admin, p.batchId)).status).toBe(200);
  });

  it('streams progress lines ending with the result when asked for NDJSON', async () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => `システム${i},その他,,,,クラウド,,,,,,`);
    const res = await upload(
      etajima,
      cp932(`${HEADER}\r\n${lines.join('\r\n')}\r\n`),
      '',
      'application/x-ndjson',
    );
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const events = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; rows?: number; status?: number; body?: Preview });
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.map((e) => e.rows)).toEqual([5000, 10000, 12000]);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'result', status: 201 });
    const batchId = last?.body?.batchId ?? '';

    const committed = await t.app.request(`/api/systems/import/${batchId}/commit`, {
      method: 'POST',
      headers: { cookie: etajima.cookie, 'x-csrf-token': etajima.csrfToken, accept: 'application/x-ndjson' },
    });
    const commitEvents = (await committed.text())
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { type: string; rows?: number; totalRows?: number; body?: { inserted: number } },
      );
    expect(commitEvents.filter((e) => e.type === 'progress').map((e) => e.rows)).toEqual([
      0, 5000, 10000, 12000,
    ]);
    expect(commitEvents.at(-1)).toMatchObject({ type: 'result', status: 200, body: { inserted: 12000 } });
  });

  it('reports errors in a progress stream as its last line', async () => {
    const res = await t.app.request('/api/systems/import/00000000-0000-4000-8000-000000000000/commit', {
      method: 'POST',
      headers: { cookie: etajima.cookie, 'x-csrf-token': etajima.csrfToken, accept: 'application/x-ndjson' },
    });
    const last = JSON.parse((await res.text()).trim().split('\n').at(-1) ?? '{}') as {
      type: string;
      status: number;
      error: { code: string };
    };
    expect(last).toMatchObject({ type: 'error', status: 404, error: { code: 'NOT_FOUND' } });
  });
});
