import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, systems } from '../../../db/schema/index.ts';

type Preview = {
  batchId: string;
  mode: string;
  totalRows: number;
  validRows: number;
  counts: { created: number; updated: number; unchanged: number; errors: number };
  errors: { row: number; column: string; message: string }[];
  canCommit: boolean;
  canCommitSkippingInvalid: boolean;
};
type Commit = {
  inserted: number;
  updated: number;
  unchanged: number;
  refused: number;
  refusedFile: { csv: string; xlsx: string } | null;
};

const ETAJIMA = '342157';
const KURE = '342025';

let t: TestApp;
let etajima: Session;
let kure: Session;
const ids: Record<string, number> = {};

const system = (orgCode: string, name: string, yearlyCost: number) => ({
  orgCode,
  name,
  business: '住民基本台帳',
  hosting: 'オンプレミス',
  yearlyCost,
  status: '稼働中',
  contractEnd: '2026-03-31',
});

beforeAll(async () => {
  t = await createTestApp();
  etajima = await t.as('municipal_manager', ETAJIMA);
  kure = await t.as('municipal_manager', KURE);
  for (const [as, s] of [
    [etajima, system(ETAJIMA, '住民記録システム', 1_000_000)],
    [etajima, system(ETAJIMA, '財務会計システム', 2_000_000)],
    [etajima, system(ETAJIMA, '文書管理システム', 3_000_000)],
    [kure, system(KURE, '呉の住民記録', 4_000_000)],
  ] as const) {
    const res = await t.request('POST', '/api/systems', { as, body: s });
    expect(res.status).toBe(201);
    ids[s.name] = ((await res.json()) as { id: number }).id;
  }
});
afterAll(() => t.close());

/** The body's 台帳 as exported (CSV, UTF-8 with BOM): the header and the rows. */
async function exported(orgCode: string): Promise<string[][]> {
  const res = await t.request('GET', `/api/systems/export?orgCode=${orgCode}&format=csv`, { as: etajima });
  expect(res.status).toBe(200);
  return parse(
    Buffer.from(await res.arrayBuffer())
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  ) as string[][];
}

/** A file sent for preview: CSV text, or an .xlsx's bytes. */
type Upload = string | { xlsx: Uint8Array<ArrayBuffer> };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function upload(as: Session, file: Upload, mode = 'upsert'): Promise<Preview> {
  const csv = typeof file === 'string';
  const res = await t.app.request(
    `/api/systems/import?mode=${mode}&filename=${encodeURIComponent(csv ? '台帳.csv' : '台帳.xlsx')}`,
    {
      method: 'POST',
      headers: {
        cookie: as.cookie,
        'x-csrf-token': as.csrfToken,
        'content-type': csv ? 'text/csv' : XLSX_TYPE,
      },
      body: csv ? new TextEncoder().encode(file) : file.xlsx,
    },
  );
  expect(res.status).toBe(201);
  return (await res.json()) as Preview;
}

const commit = (as: Session, batchId: string, skipInvalid?: boolean) =>
  t.request(
    'POST',
    `/api/systems/import/${batchId}/commit${skipInvalid === undefined ? '' : `?skipInvalid=${skipInvalid}`}`,
    {
      as,
    },
  );

const cost = async (name: string) => (await t.db.select().from(systems).where(eq(systems.id, ids[name]!)))[0];

describe('imports that update: an edited export re-imported with mode=upsert', () => {
  let preview: Preview;
  let header: string[];

  it('previews 新規 / 更新 / 変更なし / エラー against the records', async () => {
    const [head, ...rows] = await exported(ETAJIMA);
    header = head!;
    expect(header.slice(0, 3)).toEqual(['ID', '団体コード', '団体名']);
    const col = (name: string) => header.indexOf(name);
    const byName = (n: string) => rows.find((r) => r[col('システム名')] === n)!;
    const edited = [...byName('住民記録システム')];
    edited[col('年間経費（円）')] = '1,100,000';
    const added = [...byName('文書管理システム')];
    added[col('ID')] = '';
    added[col('システム名')] = '電子申請システム';
    const unknown = [...added];
    unknown[col('ID')] = '999999';
    const otherBody = [...byName('文書管理システム')];
    otherBody[col('ID')] = String(ids.呉の住民記録);
    const badDate = [...byName('財務会計システム')];
    badDate[col('契約終了日')] = '来年の3月';
    const duplicate = [...byName('文書管理システム')];
    const csv = stringify([
      header,
      edited,
      byName('文書管理システム'),
      added,
      unknown,
      otherBody,
      badDate,
      duplicate,
    ]);
    preview = await upload(etajima, csv);
    expect(preview.mode).toBe('upsert');
    expect(preview.counts).toEqual({ created: 1, updated: 1, unchanged: 1, errors: 4 });
    expect(preview.totalRows).toBe(7);
    expect(preview.canCommit).toBe(false);
    expect(preview.canCommitSkippingInvalid).toBe(true);
    const message = (row: number) =>
      preview.errors
        .filter((e) => e.row === row)
        .map((e) => e.message)
        .join();
    expect(message(5)).toContain('ID 999999 の記録はありません');
    expect(message(6)).toContain('他の団体');
    expect(message(7)).toContain('日付として読めません');
    expect(message(8)).toContain('重複');
  });

  it('commits nothing while rows are refused, unless asked to skip them', async () => {
    const res = await commit(etajima, preview.batchId);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('IMPORT_HAS_ERRORS');
    expect((await cost('住民記録システム'))?.yearlyCost).toBe(1_000_000);
  });

  it('with skipInvalid=true takes the valid rows in one transaction: added, updated (audited, version raised), the rest untouched', async () => {
    const res = await commit(etajima, preview.batchId, true);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Commit;
    expect(body).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, refused: 4 });
    expect(body.refusedFile?.csv).toBe(`/api/systems/import/${preview.batchId}/refused?format=csv`);
    const updated = await cost('住民記録システム');
    expect(updated).toMatchObject({ yearlyCost: 1_100_000, version: 2, name: '住民記録システム' });
    expect((await cost('文書管理システム'))?.version).toBe(1);
    expect(await cost('呉の住民記録')).toMatchObject({ orgCode: KURE, name: '呉の住民記録', version: 1 });
    expect(
      (
        await t.db
          .select()
          .from(systems)
          .where(and(eq(systems.orgCode, ETAJIMA), eq(systems.name, '電子申請システム')))
      ).length,
    ).toBe(1);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'system'), eq(auditLog.entityId, String(ids.住民記録システム))));
    expect(audit.map((a) => a.action)).toEqual(['system.create', 'system.import_update']);
    // The record's 変更履歴 shows the import's change as a diff.
    const history = (await (
      await t.request('GET', `/api/systems/${ids.住民記録システム}/history`, { as: kure })
    ).json()) as {
      items: { actionLabel: string; changes: { label: string; before: string; after: string }[] }[];
    };
    expect(history.items[0]).toMatchObject({
      actionLabel: '取り込みで更新',
      changes: [{ label: '年間経費', before: '1,000,000円', after: '1,100,000円' }],
    });
  });

  it('hands the refused rows back as CSV and .xlsx with an エラー column, to their uploader only', async () => {
    const csv = await t.request('GET', `/api/systems/import/${preview.batchId}/refused?format=csv`, {
      as: etajima,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const rows = parse(
      Buffer.from(await csv.arrayBuffer())
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    ) as string[][];
    expect(rows[0]).toEqual([...header, 'エラー']);
    expect(rows).toHaveLength(1 + 4);
    expect(rows[3]?.at(-1)).toMatch(/^7行目: 契約終了日：日付として読めません/);
    const xlsx = await t.request('GET', `/api/systems/import/${preview.batchId}/refused?format=xlsx`, {
      as: etajima,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(header.length + 1).value).toBe('エラー');
    expect(sheet.rowCount).toBe(5);
    expect(
      (await t.request('GET', `/api/systems/import/${preview.batchId}/refused`, { as: kure })).status,
    ).toBe(404);
    // The refused file, corrected, imports again (the エラー column is ignored).
    const fixed = rows
      .slice(0, 4)
      .map((r, i) => (i === 3 ? r.map((c, j) => (header[j] === '契約終了日' ? '2027-03-31' : c)) : r));
    const again = await upload(etajima, stringify([fixed[0]!, fixed[3]!]));
    expect(again.counts).toEqual({ created: 0, updated: 1, unchanged: 0, errors: 0 });
    expect((await commit(etajima, again.batchId)).status).toBe(200);
    expect((await cost('財務会計システム'))?.contractEnd).toBe('2027-03-31');
  });

  it('refuses the commit with 412 when a record changed after the preview, and writes nothing', async () => {
    const [head, ...rows] = await exported(ETAJIMA);
    const col = (name: string) => head!.indexOf(name);
    const row = rows.find((r) => r[col('システム名')] === '文書管理システム')!;
    row[col('備考')] = '取り込みで変更';
    const added = [...row];
    added[col('ID')] = '';
    added[col('システム名')] = '新しいシステム';
    const p = await upload(etajima, stringify([head!, row, added]));
    expect(p.counts).toMatchObject({ created: 1, updated: 1 });
    expect(
      (
        await t.request('PATCH', `/api/systems/${ids.文書管理システム}`, {
          as: etajima,
          body: { note: '画面で変更' },
        })
      ).status,
    ).toBe(200);
    const res = await commit(etajima, p.batchId);
    expect(res.status).toBe(412);
    expect((await cost('文書管理システム'))?.note).toBe('画面で変更');
    expect((await t.db.select().from(systems).where(eq(systems.name, '新しいシステム'))).length).toBe(0);
  });

  it('updates only the columns the file has (a missing column keeps its value); an ID of another body is a row error for its manager', async () => {
    const p = await upload(
      etajima,
      stringify([
        ['ID', 'システム名', '業務', '稼働環境', '備考'],
        [String(ids.文書管理システム), '文書管理システム', '住民基本台帳', 'オンプレミス', '備考だけ変更'],
      ]),
    );
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({ created: 0, updated: 1, unchanged: 0, errors: 0 });
    expect((await commit(etajima, p.batchId)).status).toBe(200);
    expect(await cost('文書管理システム')).toMatchObject({
      note: '備考だけ変更',
      name: '文書管理システム',
      yearlyCost: 3_000_000,
    });
    const theirs = await upload(
      kure,
      stringify([
        ['ID', 'システム名', '業務', '稼働環境', '備考'],
        [String(ids.文書管理システム), '文書管理システム', '住民基本台帳', 'オンプレミス', '他団体が変更'],
      ]),
    );
    expect(theirs.errors[0]?.message).toContain('他の団体');
    expect(theirs.counts).toEqual({ created: 0, updated: 0, unchanged: 0, errors: 1 });
    expect(theirs.canCommitSkippingInvalid).toBe(false);
  });

  it('an unchanged export read back (CSV and .xlsx) is all 変更なし: no version moves, no 変更履歴 entry', async () => {
    const before = await t.db.select().from(systems).where(eq(systems.orgCode, ETAJIMA));
    const audited = async () =>
      (await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'system'))).length;
    const entries = await audited();
    const csv = stringify(await exported(ETAJIMA));
    const xlsx = await t.request('GET', `/api/systems/export?orgCode=${ETAJIMA}&format=xlsx`, {
      as: etajima,
    });
    expect(xlsx.status).toBe(200);
    for (const file of [csv, { xlsx: new Uint8Array(await xlsx.arrayBuffer()) }]) {
      const p = await upload(etajima, file);
      expect(p.counts).toEqual({ created: 0, updated: 0, unchanged: before.length, errors: 0 });
      const committed = await commit(etajima, p.batchId);
      expect(committed.status).toBe(200);
      expect(await committed.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: before.length });
    }
    const after = await t.db.select().from(systems).where(eq(systems.orgCode, ETAJIMA));
    const versions = (rows: typeof before) =>
      Object.fromEntries(rows.map((r) => [r.id, [r.version, r.updatedAt]]));
    expect(versions(after)).toEqual(versions(before));
    expect(await audited()).toBe(entries);
  });

  it('refuses to commit a file whose header has an unsafe character, even skipping refused rows; a refused cell comes back as U+FFFD', async () => {
    const header = await upload(
      etajima,
      'システム名,業務,稼働環境,メ\u0000モ\r\n見出し不正,その他,クラウド,x\r\n',
      'append',
    );
    expect(header.errors.map((e) => e.row)).toEqual([1]);
    expect(header.canCommitSkippingInvalid).toBe(false);
    expect((await commit(etajima, header.batchId, true)).status).toBe(400);
    expect((await t.db.select().from(systems).where(eq(systems.name, '見出し不正'))).length).toBe(0);

    const cell = await upload(
      etajima,
      'システム名,業務,稼働環境\r\nNUL\u0000入り,その他,クラウド\r\nよい行の追加,その他,クラウド\r\n',
      'append',
    );
    expect(cell.canCommitSkippingInvalid).toBe(true);
    expect((await commit(etajima, cell.batchId, true)).status).toBe(200);
    const refused = await t.request('GET', `/api/systems/import/${cell.batchId}/refused?format=csv`, {
      as: etajima,
    });
    const text = Buffer.from(await refused.arrayBuffer()).toString('utf8');
    expect(text).toContain('NUL\uFFFD入り');
    expect(text).not.toContain('\u0000');
  });

  it('ignores the ID column outside upsert mode (append adds), and refuses an unknown mode', async () => {
    const p = await upload(
      etajima,
      stringify([
        ['ID', 'システム名', '業務', '稼働環境'],
        ['1', '追加のみ', 'その他', 'クラウド'],
      ]),
      'append',
    );
    expect(p.counts).toEqual({ created: 1, updated: 0, unchanged: 0, errors: 0 });
    const res = await t.app.request('/api/systems/import?mode=merge', {
      method: 'POST',
      headers: { cookie: etajima.cookie, 'x-csrf-token': etajima.csrfToken, 'content-type': 'text/csv' },
      body: 'ID\n1\n',
    });
    expect(res.status).toBe(400);
  });
});
