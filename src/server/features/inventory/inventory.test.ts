import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { readTable } from '../../platform/tabular/read-table.ts';

type System = {
  id: number;
  orgCode: string;
  orgName: string;
  name: string;
  business: string;
  vendor: string | null;
  hosting: string;
  contractEnd: string | null;
  yearlyCost: number | null;
  personalData: boolean;
  status: string;
  migrationStep: string | null;
};
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

const ETAJIMA = '342157';
const KURE = '342025';

let t: TestApp;
let admin: Session;
let etajima: Session;
let etajimaStaff: Session;
let kure: Session;
let viewer: Session;
let member: Session;

const juki = {
  name: '住民記録システム',
  business: '住民基本台帳',
  unit: '市民生活課',
  vendor: '瀬戸内システム株式会社（架空）',
  product: 'せとうち住記 V3',
  hosting: 'ガバメントクラウド',
  contractStart: '2021-04-01',
  contractEnd: '2026-03-31',
  yearlyCost: 12_000_000,
  users: 40,
  personalData: true,
  migrationStep: '移行作業中',
  migrationTargetDate: '2026-01-01',
};

async function create(as: Session, body: object) {
  return t.request('POST', '/api/systems', { as, body });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  etajima = await t.as('municipal_manager', ETAJIMA);
  etajimaStaff = await t.as('municipal_staff', ETAJIMA);
  kure = await t.as('municipal_manager', KURE);
  viewer = await t.as('viewer', '342092');
  member = await t.as('member');
});
afterAll(() => t.close());

describe('POST /api/systems', () => {
  it("registers a system in the actor's own body, audited, with defaults", async () => {
    const res = await create(etajima, juki);
    expect(res.status).toBe(201);
    const s = (await res.json()) as System;
    expect(s).toMatchObject({ orgCode: ETAJIMA, orgName: '江田島市', status: '稼働中', personalData: true });
    const entry = (await t.db.select().from(auditLog)).find(
      (e) => e.action === 'system.create' && e.entityId === String(s.id),
    );
    expect(entry?.actorLogin).toBe(etajima.login);
  });

  it("refuses another body's 台帳 to a municipal user (403) but lets an admin register anywhere", async () => {
    expect((await create(etajima, { ...juki, orgCode: KURE })).status).toBe(403);
    const res = await create(admin, { ...juki, orgCode: KURE, vendor: '安芸情報サービス株式会社（架空）' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as System).orgCode).toBe(KURE);
  });

  it('rejects bad fields per field in Japanese, and cross-field rules', async () => {
    const res = await create(etajima, {
      name: ' ',
      business: '財務会計',
      hosting: 'どこか',
      yearlyCost: -1,
      contractStart: '2025-04-01',
      contractEnd: '2025-02-30',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    const paths = body.error.issues?.map((i) => i.path).sort();
    expect(paths).toEqual(['business', 'contractEnd', 'hosting', 'name', 'yearlyCost']);
    expect(body.error.issues?.find((i) => i.path === 'business')?.message).toContain('標準化対象20業務');

    const cross = await create(etajima, {
      ...juki,
      business: 'その他',
      contractStart: '2026-04-01',
      contractEnd: '2025-03-31',
    });
    const crossPaths = ((await cross.json()) as ErrorBody).error.issues?.map((i) => i.path).sort();
    expect(crossPaths).toEqual(['contractEnd', 'migrationStep', 'migrationTargetDate']);
  });

  it('viewer, member and talent officer may read but not write', async () => {
    expect((await create(viewer, juki)).status).toBe(403);
    expect((await create(member, juki)).status).toBe(403);
    expect((await t.request('GET', '/api/systems', { as: viewer })).status).toBe(200);
  });
});

describe('PATCH and DELETE /api/systems/{id}', () => {
  it('staff of the body edit its systems; another body gets 404 and nothing changes', async () => {
    const s = (await (
      await create(etajima, { ...juki, name: '戸籍システム', business: '戸籍' })
    ).json()) as System;
    const res = await t.request('PATCH', `/api/systems/${s.id}`, {
      as: etajimaStaff,
      body: { migrationStep: '移行完了', vendor: '' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as System).toMatchObject({ migrationStep: '移行完了', vendor: null });
    const other = await t.request('PATCH', `/api/systems/${s.id}`, { as: kure, body: { name: '乗っ取り' } });
    expect(other.status).toBe(404);
    const del = await t.request('DELETE', `/api/systems/${s.id}`, { as: kure });
    expect(del.status).toBe(404);
    const still = (await (await t.request('GET', `/api/systems/${s.id}`, { as: kure })).json()) as System;
    expect(still.name).toBe('戸籍システム');
  });

  it('checks cross-field rules on the merged record', async () => {
    const s = (await (
      await create(etajima, {
        ...juki,
        name: '財務会計',
        business: 'その他',
        migrationStep: null,
        migrationTargetDate: null,
      })
    ).json()) as System;
    const res = await t.request('PATCH', `/api/systems/${s.id}`, {
      as: etajima,
      body: { migrationStep: '未着手' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.issues?.[0]?.path).toBe('migrationStep');
  });

  it('a municipal user cannot move a system to another body', async () => {
    const s = (await (await create(etajima, { ...juki, name: '移動テスト' })).json()) as System;
    const res = await t.request('PATCH', `/api/systems/${s.id}`, { as: etajima, body: { orgCode: KURE } });
    expect(res.status).toBe(404);
  });

  it('deletes, audited with the row as it was', async () => {
    const s = (await (await create(etajima, { ...juki, name: '削除テスト' })).json()) as System;
    expect((await t.request('DELETE', `/api/systems/${s.id}`, { as: etajima })).status).toBe(204);
    expect((await t.request('GET', `/api/systems/${s.id}`, { as: etajima })).status).toBe(404);
    const entry = (await t.db.select().from(auditLog)).find(
      (e) => e.action === 'system.delete' && e.entityId === String(s.id),
    );
    expect(entry?.before).toMatchObject({ name: '削除テスト' });
  });
});

describe('optimistic concurrency (ETag / If-Match)', () => {
  it('GET answers the version as ETag; a change with the current If-Match raises it', async () => {
    const s = (await (await create(etajima, { ...juki, name: '版テスト' })).json()) as System & {
      version: number;
    };
    expect(s.version).toBe(1);
    const got = await t.request('GET', `/api/systems/${s.id}`, { as: viewer });
    expect(got.headers.get('etag')).toBe('"1"');
    const res = await t.request('PATCH', `/api/systems/${s.id}`, {
      as: etajima,
      body: { unit: '総務課' },
      headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(((await res.json()) as { version: number }).version).toBe(2);
  });

  it('refuses a stale If-Match with 412 STALE_VERSION and changes nothing (PATCH and DELETE)', async () => {
    const s = (await (await create(etajima, { ...juki, name: '古い版' })).json()) as System;
    await t.request('PATCH', `/api/systems/${s.id}`, { as: etajima, body: { unit: '一回目' } });
    const stale = await t.request('PATCH', `/api/systems/${s.id}`, {
      as: etajimaStaff,
      body: { unit: '二回目' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as ErrorBody).error.code).toBe('STALE_VERSION');
    const del = await t.request('DELETE', `/api/systems/${s.id}`, {
      as: etajima,
      headers: { 'if-match': '"1"' },
    });
    expect(del.status).toBe(412);
    const now = (await (await t.request('GET', `/api/systems/${s.id}`, { as: etajima })).json()) as System & {
      unit: string;
      version: number;
    };
    expect(now).toMatchObject({ unit: '一回目', version: 2 });
  });

  it('of 20 parallel read-modify-write updates from one version, exactly one wins', async () => {
    const s = (await (await create(etajima, { ...juki, name: '並行更新' })).json()) as System;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.request('PATCH', `/api/systems/${s.id}`, {
          as: etajima,
          body: { users: i },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    expect(statuses.filter((x) => x === 412)).toHaveLength(19);
    const now = (await (await t.request('GET', `/api/systems/${s.id}`, { as: etajima })).json()) as {
      version: number;
    };
    expect(now.version).toBe(2);
  });

  it('refuses a malformed If-Match with 400', async () => {
    const s = (await (await create(etajima, { ...juki, name: '形式' })).json()) as System;
    for (const bad of ['1', '"x"', 'W/1']) {
      const res = await t.request('PATCH', `/api/systems/${s.id}`, {
        as: etajima,
        body: { unit: 'x' },
        headers: { 'if-match': bad },
      });
      expect(res.status, bad).toBe(400);
    }
  });
});

describe('strict ids', () => {
  it('refuses ids that are not plain decimal integers with 400', async () => {
    const s = (await (await create(etajima, { ...juki, name: 'ID' })).json()) as System;
    expect((await t.request('GET', `/api/systems/${s.id}`, { as: viewer })).status).toBe(200);
    for (const bad of ['1e3', '%201%20', '0x1', '01', '-1', '1.0', '99999999999', `${s.id}abc`]) {
      const res = await t.request('GET', `/api/systems/${bad}`, { as: viewer });
      expect(res.status, bad).toBe(400);
    }
  });
});

describe('GET /api/systems', () => {
  it('filters by body, business, vendor, hosting, contract end and text; pages', async () => {
    await create(kure, {
      name: '介護保険システム',
      business: '介護保険',
      vendor: '呉ソフト株式会社（架空）',
      hosting: 'オンプレミス',
      contractEnd: '2025-09-30',
    });
    const list = async (q: string) =>
      (await (await t.request('GET', `/api/systems?${q}`, { as: viewer })).json()) as {
        items: System[];
        total: number;
      };
    expect((await list(`orgCode=${KURE}`)).items.every((s) => s.orgCode === KURE)).toBe(true);
    expect((await list('business=介護保険')).items.map((s) => s.name)).toEqual(['介護保険システム']);
    expect((await list('hosting=オンプレミス')).items.map((s) => s.name)).toEqual(['介護保険システム']);
    expect((await list(`vendor=${encodeURIComponent('呉ソフト株式会社（架空）')}`)).total).toBe(1);
    expect((await list('contractEndBefore=2025-12-31')).items.map((s) => s.name)).toEqual([
      '介護保険システム',
    ]);
    expect(
      (await list('contractEndAfter=2026-01-01')).items.every((s) => (s.contractEnd ?? '') >= '2026-01-01'),
    ).toBe(true);
    expect((await list('q=介護')).total).toBe(1);
    expect((await list('q=%25')).total).toBe(0);
    const page = await list('limit=1&offset=1&sort=id');
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
  });
});

describe('views across bodies', () => {
  it('summarises every business, standard or not', async () => {
    const res = await t.request('GET', '/api/systems/businesses', { as: viewer });
    const body = (await res.json()) as {
      items: {
        business: string;
        systems: number;
        bodies: number;
        yearlyCost: number;
        vendors: { vendor: string }[];
      }[];
    };
    expect(body.items).toHaveLength(21);
    const juki = body.items.find((b) => b.business === '住民基本台帳');
    expect(juki?.bodies).toBe(2);
    expect(juki?.vendors.map((v) => v.vendor)).toContain('瀬戸内システム株式会社（架空）');
  });

  it('shows standardisation progress per business and per body', async () => {
    const res = await t.request('GET', '/api/systems/standardisation', { as: member });
    const body = (await res.json()) as {
      businesses: { business: string; systems: number; bySteps: Record<string, number> }[];
      bodies: { orgCode: string; steps: Record<string, string | null> }[];
    };
    expect(body.businesses).toHaveLength(20);
    const kaigo = body.businesses.find((b) => b.business === '介護保険');
    expect(kaigo?.systems).toBe(1);
    expect(body.bodies.find((b) => b.orgCode === KURE)?.steps.介護保険).toBe('未着手');
  });
});

describe('GET /api/systems/export', () => {
  async function download(format: string, query = '') {
    const res = await t.request('GET', `/api/systems/export?format=${format}${query}`, { as: viewer });
    expect(res.status).toBe(200);
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  it('csv: UTF-8 with BOM, Japanese headers, filters applied, named for download', async () => {
    const { res, bytes } = await download('csv', `&orgCode=${KURE}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const table = await readTable(bytes);
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.headers.slice(0, 4)).toEqual(['ID', '団体コード', '団体名', 'システム名']);
    expect(table.rows.every((r) => r[1] === KURE)).toBe(true);
    expect(table.rows.length).toBeGreaterThan(0);
  });

  it('csv-cp932 and xlsx read back with the same rows', async () => {
    const cp932 = await readTable((await download('csv-cp932')).bytes);
    expect(cp932.encoding).toBe('cp932');
    const xlsx = await readTable((await download('xlsx')).bytes);
    expect(xlsx.format).toBe('xlsx');
    expect(xlsx.rows.map((r) => r[0])).toEqual(cp932.rows.map((r) => r[0]));
    expect(cp932.rows.some((r) => r.includes('瀬戸内システム株式会社（架空）'))).toBe(true);
  });
});
