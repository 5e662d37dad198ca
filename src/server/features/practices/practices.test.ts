import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { buildPracticesDemo, loadPracticesDemo } from '../../../db/demo/practices-demo.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import { readTable } from '../../platform/tabular/read-table.ts';

type Practice = {
  id: number;
  orgCode: string;
  title: string;
  category: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  themes: string[];
  reuseCount: number;
  commentCount: number;
  attachmentCount: number;
};
type Detail = Practice & {
  attachments: { id: string; filename: string; contentType: string; sizeBytes: number }[];
  comments: { orgName: string; authorName: string; body: string }[];
  adoptions: { orgCode: string; orgName: string; note: string | null }[];
};
type ErrorBody = { error: { code: string; issues?: { path: string }[] } };

const ETAJIMA = '342157';
const KURE = '342025';

let t: TestApp;
let admin: Session;
let etajima: Session;
let kure: Session;
let member: Session;
let viewer: Session;

const sample = {
  title: '書かない窓口の試行',
  fiscalYear: 2024,
  themes: ['窓口', '窓口', '生成AI'],
  summary: '申請書を職員が作成する窓口を試行した。',
};

async function upload(as: Session, practiceId: number, filename: string, bytes: Uint8Array) {
  return t.app.request(`/api/practices/${practiceId}/attachments?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { cookie: as.cookie, 'x-csrf-token': as.csrfToken, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  etajima = await t.as('municipal_manager', ETAJIMA);
  kure = await t.as('municipal_staff', KURE);
  member = await t.as('member');
  viewer = await t.as('viewer', '342092');
});
afterAll(() => t.close());

describe('demo data: the registers of p.25', () => {
  it('holds 県DX関連事業 44, 交付決定事業一覧 1, 実施計画書 17 (県 + 16市町), 総務省調査 1', () => {
    const items = buildPracticesDemo();
    const count = (c: string) => items.filter((p) => p.category === c).length;
    expect(count('県DX関連事業')).toBe(44);
    expect(count('デジ田交付金 交付決定事業')).toBe(1);
    expect(count('デジ田交付金 実施計画書')).toBe(17);
    expect(count('総務省調査')).toBe(1);
    const plans = items.filter((p) => p.category === 'デジ田交付金 実施計画書');
    expect(new Set(plans.map((p) => p.orgCode)).size).toBe(17);
    expect(plans.filter((p) => p.orgCode === '340006')).toHaveLength(1);
  });

  it('loads, and the list counts per category and reuse', async () => {
    await loadPracticesDemo(t.db, CLI_ACTOR);
    const res = await t.request('GET', '/api/practices?limit=500', { as: viewer });
    const body = (await res.json()) as {
      items: Practice[];
      total: number;
      categories: { category: string; count: number }[];
    };
    expect(body.categories).toEqual(
      expect.arrayContaining([
        { category: '県DX関連事業', count: 44 },
        { category: 'デジ田交付金 交付決定事業', count: 1 },
        { category: 'デジ田交付金 実施計画書', count: 17 },
        { category: '総務省調査', count: 1 },
      ]),
    );
    const ai = body.items.find((p) => p.title === '生成AIの庁内利用ガイドラインと活用研修');
    expect(ai?.reuseCount).toBe(4);
    expect(ai?.commentCount).toBe(1);
  });
});

describe('POST/PATCH/DELETE /api/practices', () => {
  it('registers an initiative of the own body, themes deduplicated, 年度 labelled', async () => {
    const res = await t.request('POST', '/api/practices', { as: etajima, body: sample });
    expect(res.status).toBe(201);
    expect((await res.json()) as Practice).toMatchObject({
      orgCode: ETAJIMA,
      category: '好事例',
      themes: ['窓口', '生成AI'],
      fiscalYearLabel: '令和6年度',
    });
  });

  it('refuses another body (403), viewers and members (403), and bad fields (400)', async () => {
    expect(
      (await t.request('POST', '/api/practices', { as: etajima, body: { ...sample, orgCode: KURE } })).status,
    ).toBe(403);
    expect((await t.request('POST', '/api/practices', { as: viewer, body: sample })).status).toBe(403);
    expect((await t.request('POST', '/api/practices', { as: member, body: sample })).status).toBe(403);
    const bad = await t.request('POST', '/api/practices', {
      as: etajima,
      body: { title: '', fiscalYear: 1999, summary: '' },
    });
    const paths = ((await bad.json()) as ErrorBody).error.issues?.map((i) => i.path).sort();
    expect(paths).toEqual(['fiscalYear', 'summary', 'title']);
  });

  it("edits and deletes only the own body's initiatives", async () => {
    const p = (await (
      await t.request('POST', '/api/practices', { as: etajima, body: sample })
    ).json()) as Practice;
    expect(
      (await t.request('PATCH', `/api/practices/${p.id}`, { as: kure, body: { title: 'x' } })).status,
    ).toBe(404);
    const ok = await t.request('PATCH', `/api/practices/${p.id}`, { as: etajima, body: { status: '完了' } });
    expect(ok.status).toBe(200);
    expect((await t.request('DELETE', `/api/practices/${p.id}`, { as: kure })).status).toBe(404);
    expect((await t.request('DELETE', `/api/practices/${p.id}`, { as: etajima })).status).toBe(204);
    expect((await t.request('GET', `/api/practices/${p.id}`, { as: viewer })).status).toBe(404);
  });
});

describe('comments and 「うちも導入しました」', () => {
  it('anyone but a viewer comments; another body adopts, counted once; not its own', async () => {
    const p = (await (
      await t.request('POST', '/api/practices', { as: etajima, body: sample })
    ).json()) as Practice;
    expect(
      (await t.request('POST', `/api/practices/${p.id}/comments`, { as: viewer, body: { body: 'x' } }))
        .status,
    ).toBe(403);
    const commented = await t.request('POST', `/api/practices/${p.id}/comments`, {
      as: member,
      body: { body: '参考になります' },
    });
    expect(commented.status).toBe(201);
    expect(((await commented.json()) as Detail).comments).toEqual([
      expect.objectContaining({ orgName: '広島県', body: '参考になります' }),
    ]);

    const adopt = () =>
      t.request('PUT', `/api/practices/${p.id}/adoptions`, { as: kure, body: { note: '令和7年度から導入' } });
    expect((await adopt()).status).toBe(200);
    const again = (await (await adopt()).json()) as Detail;
    expect(again.reuseCount).toBe(1);
    expect(again.adoptions).toEqual([
      { orgCode: KURE, orgName: '呉市', note: '令和7年度から導入', createdAt: expect.any(String) },
    ]);

    const own = await t.request('PUT', `/api/practices/${p.id}/adoptions`, { as: etajima, body: {} });
    expect(own.status).toBe(409);
    expect(((await own.json()) as ErrorBody).error.code).toBe('ADOPTION_OF_OWN_PRACTICE');

    const withdrawn = await t.request('DELETE', `/api/practices/${p.id}/adoptions`, { as: kure });
    expect(((await withdrawn.json()) as Detail).reuseCount).toBe(0);
    const actions = (await t.db.select().from(auditLog))
      .filter((e) => e.entityType === 'practice' && e.entityId === String(p.id))
      .map((e) => e.action);
    expect(actions).toEqual(['practice.create', 'practice.comment', 'practice.adopt', 'practice.unadopt']);
  });
});

describe('attachments', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it('stores PDF, PNG, xlsx and CSV files checked by their bytes, and serves them back', async () => {
    const p = (await (
      await t.request('POST', '/api/practices', { as: etajima, body: sample })
    ).json()) as Practice;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('成果').addRow(['削減時間', 120]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const csv = new Uint8Array(iconv.encode('項目,値\r\n窓口,髙①㈱\r\n', 'cp932'));
    for (const [name, bytes, type] of [
      ['資料.pdf', pdf, 'application/pdf'],
      ['写真.PNG', png, 'image/png'],
      ['成果.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['データ.csv', csv, 'text/csv'],
    ] as const) {
      const res = await upload(etajima, p.id, name, bytes);
      expect(res.status, name).toBe(201);
      expect(((await res.json()) as { contentType: string }).contentType).toBe(type);
    }
    const detail = (await (
      await t.request('GET', `/api/practices/${p.id}`, { as: viewer })
    ).json()) as Detail;
    expect(detail.attachments.map((a) => a.filename)).toEqual([
      '資料.pdf',
      '写真.PNG',
      '成果.xlsx',
      'データ.csv',
    ]);
    const first = detail.attachments[0]!;
    const download = await t.request('GET', `/api/practices/${p.id}/attachments/${first.id}`, { as: viewer });
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });

  it('refuses a disguised executable, a name that lies, an empty file, and too large a file', async () => {
    const p = (await (
      await t.request('POST', '/api/practices', { as: etajima, body: sample })
    ).json()) as Practice;
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    const code = async (res: Response) => ((await res.json()) as ErrorBody).error.code;
    const disguised = await upload(etajima, p.id, '資料.pdf', exe);
    expect(disguised.status).toBe(415);
    expect(await code(disguised)).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(await code(await upload(etajima, p.id, '資料.csv', exe))).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(await code(await upload(etajima, p.id, '写真.pdf', png))).toBe('ATTACHMENT_EXTENSION_MISMATCH');
    expect(await code(await upload(etajima, p.id, '空.pdf', new Uint8Array()))).toBe('ATTACHMENT_EMPTY');
    // The test app's body limit is 1 MB, below the 10 MB attachment limit: the app refuses first.
    const big = new Uint8Array(2 * 1024 * 1024);
    big.set(pdf);
    expect((await upload(etajima, p.id, '大きい.pdf', big)).status).toBe(413);
  });

  it('another body may download but not attach or delete', async () => {
    const p = (await (
      await t.request('POST', '/api/practices', { as: etajima, body: sample })
    ).json()) as Practice;
    expect((await upload(kure, p.id, '資料.pdf', pdf)).status).toBe(404);
    const created = (await (await upload(etajima, p.id, '資料.pdf', pdf)).json()) as { id: string };
    const url = `/api/practices/${p.id}/attachments/${created.id}`;
    expect((await t.request('GET', url, { as: kure })).status).toBe(200);
    expect((await t.request('DELETE', url, { as: kure })).status).toBe(404);
    expect((await t.request('DELETE', url, { as: admin })).status).toBe(204);
    expect((await t.request('GET', url, { as: kure })).status).toBe(404);
  });
});

describe('import and search', () => {
  it('imports initiatives from a CP932 CSV through the same pipeline, 年度 in 和暦 accepted', async () => {
    const csv = iconv.encode(
      '件名,年度,テーマ,概要,区分\r\nキャッシュレス窓口,令和6年度,"窓口、キャッシュレス",窓口でキャッシュレス決済を導入,好事例\r\n電子契約,R5,オンライン申請,電子契約の導入,\r\n不明な年度,来年,,x,\r\n',
      'cp932',
    );
    const res = await t.app.request('/api/practices/import', {
      method: 'POST',
      headers: { cookie: kure.cookie, 'x-csrf-token': kure.csrfToken, 'content-type': 'text/csv' },
      body: new Uint8Array(csv),
    });
    const preview = (await res.json()) as {
      batchId: string;
      validRows: number;
      errors: { row: number; column: string }[];
    };
    expect(preview.validRows).toBe(2);
    expect(preview.errors).toEqual([expect.objectContaining({ row: 4, column: '年度' })]);

    const fixed = iconv.encode(
      '件名,年度,テーマ,概要\r\nキャッシュレス窓口,令和6年度,"窓口、キャッシュレス",窓口でキャッシュレス決済を導入\r\n電子契約,R5,オンライン申請,電子契約の導入\r\n',
      'cp932',
    );
    const again = (await (
      await t.app.request('/api/practices/import', {
        method: 'POST',
        headers: { cookie: kure.cookie, 'x-csrf-token': kure.csrfToken, 'content-type': 'text/csv' },
        body: new Uint8Array(fixed),
      })
    ).json()) as { batchId: string; canCommit: boolean };
    expect(again.canCommit).toBe(true);
    const commit = await t.request('POST', `/api/practices/import/${again.batchId}/commit`, { as: kure });
    expect(await commit.json()).toMatchObject({ inserted: 2 });

    const list = (await (
      await t.request('GET', `/api/practices?orgCode=${KURE}&fiscalYear=2024`, { as: viewer })
    ).json()) as {
      items: Practice[];
    };
    expect(list.items.find((p) => p.title === 'キャッシュレス窓口')?.themes).toEqual([
      '窓口',
      'キャッシュレス',
    ]);

    const found = (await (
      await t.request(
        'GET',
        `/api/search?kind=practice&q=${encodeURIComponent('電子契約')}&orgCode=${KURE}`,
        { as: viewer },
      )
    ).json()) as { practices: { items: { title: string }[] } };
    expect(found.practices.items.map((p) => p.title)).toEqual(['電子契約']);
  });

  it('exports the filtered initiatives as CSV (BOM), Shift_JIS and Excel that re-import as they are', async () => {
    for (const format of ['csv', 'csv-cp932', 'xlsx'] as const) {
      const res = await t.request(
        'GET',
        `/api/practices/export?format=${format}&category=${encodeURIComponent('総務省調査')}`,
        { as: viewer },
      );
      expect(res.status).toBe(200);
      const table = await readTable(new Uint8Array(await res.arrayBuffer()));
      expect(table.headers.slice(0, 5)).toEqual(['ID', '団体コード', '団体名', '件名', '区分']);
      expect(table.rows).toHaveLength(1);
      expect(table.rows[0]?.[3]).toBe('令和5年度地域社会のデジタル化に係る取組状況調査（総務省）');
    }
  });

  it('filters the list by theme and category', async () => {
    const byTheme = (await (
      await t.request('GET', `/api/practices?theme=${encodeURIComponent('生成AI')}&limit=500`, { as: viewer })
    ).json()) as { items: Practice[] };
    expect(byTheme.items.length).toBeGreaterThan(0);
    expect(byTheme.items.every((p) => p.themes.includes('生成AI'))).toBe(true);
    const survey = (await (
      await t.request('GET', `/api/practices?category=${encodeURIComponent('総務省調査')}`, { as: viewer })
    ).json()) as { total: number };
    expect(survey.total).toBe(1);
  });
});
