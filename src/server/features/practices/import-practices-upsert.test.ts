import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { auditLog, practices } from '../../../db/schema/index.ts';

let t: TestApp;
let etajima: Session;
let practiceId: number;
beforeAll(async () => {
  t = await createTestApp();
  etajima = await t.as('municipal_manager', '342157');
  const res = await t.request('POST', '/api/practices', {
    as: etajima,
    body: {
      orgCode: '342157',
      title: '書かない窓口',
      category: '好事例',
      fiscalYear: 2024,
      status: '実施中',
      summary: '申請書を職員が作成する窓口',
    },
  });
  practiceId = ((await res.json()) as { id: number }).id;
});
afterAll(() => t.close());

/** Sends an .xlsx for preview in upsert mode. */
const previewXlsx = (body: Uint8Array<ArrayBuffer>) =>
  t.app.request('/api/practices/import?mode=upsert&filename=practices.xlsx', {
    method: 'POST',
    headers: {
      cookie: etajima.cookie,
      'x-csrf-token': etajima.csrfToken,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body,
  });

describe('DX施策: an exported .xlsx, edited, imported with mode=upsert', () => {
  it('updates the initiative by its ID and adds the row without one; the change is in its 変更履歴', async () => {
    const exported = await t.request('GET', '/api/practices/export?format=xlsx&orgCode=342157', {
      as: etajima,
    });
    expect(exported.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await exported.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.getRow(2).getCell(col('ID')).value).toBe(practiceId);
    sheet.getRow(2).getCell(col('状況')).value = '完了';
    const copy = sheet.addRow((sheet.getRow(2).values as unknown[]).slice(1));
    copy.getCell(col('ID')).value = null;
    copy.getCell(col('件名')).value = 'オンライン予約';
    const file = new Uint8Array(await book.xlsx.writeBuffer());

    const preview = await previewXlsx(file);
    expect(preview.status).toBe(201);
    const p = (await preview.json()) as { batchId: string; counts: object; errors: unknown[] };
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({ created: 1, updated: 1, unchanged: 0, errors: 0 });
    const commit = await t.request('POST', `/api/practices/import/${p.batchId}/commit`, { as: etajima });
    expect(await commit.json()).toMatchObject({ inserted: 1, updated: 1, refused: 0, refusedFile: null });

    const after = (await (
      await t.request('GET', `/api/practices/${practiceId}`, { as: etajima })
    ).json()) as {
      status: string;
    };
    expect(after.status).toBe('完了');
    const history = (await (
      await t.request('GET', `/api/practices/${practiceId}/history`, { as: etajima })
    ).json()) as {
      items: { actionLabel: string; changes: { label: string; before: string; after: string }[] }[];
    };
    expect(history.items[0]).toMatchObject({
      actionLabel: '取り込みで更新',
      changes: [{ label: '状況', before: '実施中', after: '完了' }],
    });
  });

  it('an unchanged export read back is all 変更なし: no version moves, no 変更履歴 entry', async () => {
    const before = await t.db.select().from(practices).where(eq(practices.orgCode, '342157'));
    const audited = async () =>
      (await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'practice'))).length;
    const entries = await audited();
    const exported = await t.request('GET', '/api/practices/export?format=xlsx&orgCode=342157', {
      as: etajima,
    });
    const preview = await previewXlsx(new Uint8Array(await exported.arrayBuffer()));
    expect(preview.status).toBe(201);
    const p = (await preview.json()) as { batchId: string; counts: object };
    expect(p.counts).toEqual({ created: 0, updated: 0, unchanged: before.length, errors: 0 });
    const commit = await t.request('POST', `/api/practices/import/${p.batchId}/commit`, { as: etajima });
    expect(await commit.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: before.length });
    const after = await t.db.select().from(practices).where(eq(practices.orgCode, '342157'));
    const versions = (rows: typeof before) =>
      Object.fromEntries(rows.map((r) => [r.id, [r.version, r.updatedAt]]));
    expect(versions(after)).toEqual(versions(before));
    expect(await audited()).toBe(entries);
  });
});
