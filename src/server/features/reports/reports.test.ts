import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { people } from '../../../db/schema/index.ts';
import { buildAnnualReport, type ReportTable } from './annual-report.ts';

let t: TestApp;
let viewer: Session;
let tables: Map<string, ReportTable>;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  tables = new Map((await buildAnnualReport(t.db, 2024)).tables.map((x) => [x.key, x]));
});
afterAll(() => t.close());

const texts = (table: ReportTable | undefined) => (table?.rows ?? []).map((r) => r.map((c) => c.text));
const row = (table: ReportTable | undefined, first: string) => texts(table).filter((r) => r[0] === first);

describe('the R6 annual report, computed from the data', () => {
  it('p.13: the 15 市町 posts of 県情報職等, newest first, with duties and no names', () => {
    const posts = tables.get('posts');
    expect(posts?.rows).toHaveLength(15);
    expect(
      texts(posts)
        .map((r) => r[0])
        .slice(0, 8),
    ).toEqual(['呉市', '竹原市', '府中市', '庄原市', '府中町', '熊野町', '坂町', '北広島町']);
    expect(row(posts, '江田島市')[0]).toEqual([
      '江田島市',
      'デジタル推進室CIO補佐官',
      'R4年度～',
      '・江田島市デジタルビジョンの推進\n・業務効率化、職員研修の実施等',
    ]);
    expect(row(posts, '坂町')[0]?.[2]).toBe('R6年度中途～');
  });

  it('p.20: 7市町6名 → 15市町15名, 6名; 県 15名 + 2名（三原市、廿日市市）; 合計 30名 / 8名', () => {
    const placement = tables.get('placement');
    expect(row(placement, '計')[0]).toEqual(['計', '7市町6名', '15市町15名', '6名']);
    expect(row(placement, '広島県')[0]).toEqual(['広島県', '－', '15名', '2名（三原市、廿日市市）']);
    expect(row(placement, '合計')[0]).toEqual(['合計', '－', '30名', '8名']);
    expect(row(placement, '三原市')[0]).toEqual(['三原市', '0.4名', '1名', '2名']);
    expect(row(placement, '江田島市')[0]).toEqual(['江田島市', '0.6名', '1名', '2名']);
    expect(row(placement, '呉市')[0]).toEqual(['呉市', '－', '1名', '－']);
    expect(row(placement, '坂町')[0]).toEqual(['坂町', '－', '1名（年度中途）', '－']);
    expect(placement?.rows).toHaveLength(15 + 3);
    // The seed's order: the R5 bodies first.
    expect(
      texts(placement)
        .map((r) => r[0])
        .slice(0, 7)
        .sort(),
    ).toEqual(['三原市', '江田島市', '廿日市市', '大竹市', '海田町', '大崎上島町', '安芸太田町'].sort());
  });

  it('p.21: results R3–R6 and plans R7/R8, 任期付 43 → 113', () => {
    const exams = tables.get('exams');
    expect(exams?.head[0]?.slice(2)).toEqual([
      'R3採用',
      'R4採用',
      'R5採用',
      'R6採用',
      'R7(予定)',
      'R8(予定)',
    ]);
    const [midApplicants, midHires, gradApplicants, gradHires, ftApplicants, ftHires] = texts(exams);
    expect(midApplicants?.slice(1)).toEqual(['受験者数', '24', '13', '9', '12', '－', '－']);
    expect(midHires?.slice(2)).toEqual(['4', '2', '2', '4', '4名程度', '4名程度']);
    expect(gradApplicants?.slice(2)).toEqual(['－', '12', '12', '10', '－', '－']);
    expect(gradHires?.slice(2)).toEqual(['－', '2', '3', '3', '3名程度', '3名程度']);
    expect(ftApplicants?.slice(1)).toEqual(['応募者数', '－', '－', '43', '113', '－', '－']);
    expect(ftHires?.slice(2)).toEqual(['－', '－', '4', '4', '4名程度\nR6.6募集開始', '－']);
  });

  it('p.22: 6.0 6.5 4.5 3.0 and – 6.0 4.0 3.3', () => {
    expect(texts(tables.get('ratios'))).toEqual([
      ['社会人経験者', '6.0', '6.5', '4.5', '3.0'],
      ['大学卒業程度', '–', '6.0', '4.0', '3.3'],
    ]);
  });
});

describe('GET /api/reports/annual', () => {
  it('answers an A4 print-ready HTML document with the four tables and no names', async () => {
    const res = await t.request('GET', '/api/reports/annual?fiscalYear=2024&format=html', { as: viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<title>DXShip（デジシップ）ひろしま 令和6年度 年次報告</title>');
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('@media print');
    for (const key of ['posts', 'placement', 'exams', 'ratios'])
      expect(html).toContain(`data-table="${key}"`);
    expect(html).toContain('<td class="num">15市町15名</td>');
    expect(html).toContain('<th scope="row" rowspan="2">情報職採用試験（社会人経験者）</th>');
    const names = (await t.db.select({ name: people.name }).from(people)).map((p) => p.name);
    expect(names.length).toBe(38);
    for (const name of names) expect(html).not.toContain(name);
  });

  it('answers an .xlsx with one sheet per table', async () => {
    const res = await t.request('GET', '/api/reports/annual?fiscalYear=2024&format=xlsx', { as: viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '配属先 p.13',
      '配属状況 p.20',
      '採用実績 p.21',
      '競争倍率 p.22',
    ]);
    const ratios = workbook.getWorksheet('競争倍率 p.22')!;
    expect(ratios.getRow(3).values).toEqual([undefined, '社会人経験者', 6, 6.5, 4.5, 3]);
    expect(ratios.getRow(3).getCell(2).numFmt).toBe('0.0');
    expect(ratios.getRow(4).getCell(2).value).toBe('–');
    const placement = workbook.getWorksheet('配属状況 p.20')!;
    const rows: unknown[][] = [];
    placement.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['合計', '－', '30名', '8名']);
    const exams = workbook.getWorksheet('採用実績 p.21')!;
    const ft: unknown[][] = [];
    exams.eachRow((r) => ft.push((r.values as unknown[]).slice(1)));
    expect(ft).toContainEqual(['任期付職員採用（高度経験者）', '応募者数', '－', '－', 43, 113, '－', '－']);
  });

  it('rejects a missing 年度 or an unknown format', async () => {
    expect((await t.request('GET', '/api/reports/annual', { as: viewer })).status).toBe(400);
    expect(
      (await t.request('GET', '/api/reports/annual?fiscalYear=2024&format=pdf', { as: viewer })).status,
    ).toBe(400);
  });
});
