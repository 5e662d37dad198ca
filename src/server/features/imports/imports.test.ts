import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { importBatches } from '../../../db/schema/index.ts';

type OpenImports = {
  items: {
    batchId: string;
    kind: string;
    label: string;
    filename: string | null;
    totalRows: number;
    errorCount: number;
    expiresAt: string;
  }[];
};

let t: TestApp;
let etajima: Session;
let kure: Session;
let officer: Session;
beforeAll(async () => {
  t = await createTestApp();
  etajima = await t.as('municipal_staff', '342157');
  kure = await t.as('municipal_manager', '342025');
  officer = await t.as('talent_officer', '340006');
});
afterAll(() => t.close());

const upload = (as: Session, path: string, filename: string, csv: string) =>
  t.app.request(`${path}?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { cookie: as.cookie, 'x-csrf-token': as.csrfToken, 'content-type': 'text/csv' },
    body: new TextEncoder().encode(csv),
  });

const openOf = async (as: Session) =>
  ((await (await t.request('GET', '/api/imports/open', { as })).json()) as OpenImports).items;

describe('imports left previewed (ホーム: 対応が必要なこと)', () => {
  let batchId = '';

  it('lists the uploader’s own uncommitted preview, with its rows, errors and expiry', async () => {
    const res = await upload(
      etajima,
      '/api/systems/import',
      '江田島_台帳.csv',
      'システム名,業務,年間経費\r\n住民記録システム,住民基本台帳,1000000\r\n,税務,abc\r\n',
    );
    expect(res.status).toBe(201);
    batchId = ((await res.json()) as { batchId: string }).batchId;

    const items = await openOf(etajima);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      batchId,
      kind: 'systems',
      label: '情報システム台帳',
      filename: '江田島_台帳.csv',
      totalRows: 2,
    });
    expect(items[0]?.errorCount).toBeGreaterThan(0);
    const created = (await t.db.select().from(importBatches).where(eq(importBatches.id, batchId)))[0];
    expect(new Date(items[0]?.expiresAt ?? 0).getTime() - (created?.createdAt.getTime() ?? 0)).toBe(
      24 * 3600_000,
    );
  });

  it('shows nobody else’s preview, even to another editor of the 台帳', async () => {
    expect(await openOf(kure)).toEqual([]);
    const other = await t.request('GET', `/api/systems/import/${batchId}`, { as: kure });
    expect(other.status).toBe(404);
  });

  it('opens the same preview again for its uploader, and not as another kind', async () => {
    const res = await t.request('GET', `/api/systems/import/${batchId}`, { as: etajima });
    expect(res.status).toBe(200);
    const preview = (await res.json()) as {
      batchId: string;
      status: string;
      totalRows: number;
      canCommit: boolean;
    };
    expect(preview).toMatchObject({ batchId, status: 'preview', totalRows: 2, canCommit: false });
    expect((await t.request('GET', `/api/practices/import/${batchId}`, { as: etajima })).status).toBe(404);
  });

  it('drops a preview from the list once it is committed', async () => {
    const res = await upload(
      etajima,
      '/api/systems/import',
      '修正版.csv',
      'システム名,業務,稼働環境,年間経費\r\n福祉総合システム,その他,クラウド,2000\r\n',
    );
    const fixed = ((await res.json()) as { batchId: string }).batchId;
    expect((await openOf(etajima)).map((i) => i.batchId)).toEqual([fixed, batchId]);
    const commit = await t.request('POST', `/api/systems/import/${fixed}/commit`, { as: etajima });
    expect(commit.status).toBe(200);
    expect((await openOf(etajima)).map((i) => i.batchId)).toEqual([batchId]);
  });

  it('does not list a preview older than a day (it has expired)', async () => {
    await t.db
      .update(importBatches)
      .set({ createdAt: new Date(Date.now() - 25 * 3600_000) })
      .where(eq(importBatches.id, batchId));
    expect(await openOf(etajima)).toEqual([]);
  });

  it('opens a people preview again with which rows add and which update a person', async () => {
    const res = await upload(
      officer,
      '/api/people/import',
      '名簿.csv',
      '職員番号,氏名,ふりがな,採用団体,区分,採用区分,採用年度,採用日,職位,主ジョブタイプ\r\nOPEN-IMP-1,取込 確認,とりこみ かくにん,広島県,県情報職,社会人経験者,R6,2024-04-01,係員,ビジネスデザイナー\r\n',
    );
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { batchId: string }).batchId;
    expect((await openOf(officer)).map((i) => [i.kind, i.label])).toEqual([['people', '人材']]);
    const again = await t.request('GET', `/api/people/import/${id}`, { as: officer });
    expect(again.status).toBe(200);
    const body = (await again.json()) as {
      people: { created: number; rows: { employeeNo: string; action: string }[] };
    };
    expect(body.people.created).toBe(1);
    expect(body.people.rows).toEqual([{ employeeNo: 'OPEN-IMP-1', name: '取込 確認', action: 'create' }]);
  });
});
