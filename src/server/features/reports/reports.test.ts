import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { loadDemoData } from '../../../db/demo/load-demo-data.ts';
import { people } from '../../../db/schema/index.ts';
import { currentFiscalYear, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { buildAnnualReport } from './annual-report.ts';
import { REPORT_TABLE_KEYS, type ReportTable } from './report-table.ts';
import { jointCandidatesTable } from './sharing-tables.ts';

let t: TestApp;
let viewer: Session;
let tables: Map<string, ReportTable>;
let r5: Map<string, ReportTable>;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  viewer = await t.as('viewer', '342092');
  tables = new Map((await buildAnnualReport(t.db, 2024)).tables.map((x) => [x.key, x]));
  r5 = new Map((await buildAnnualReport(t.db, 2023)).tables.map((x) => [x.key, x]));
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

describe('the rest of the deck, computed from the data', () => {
  it('heads the report with the 沿革 up to the end of the 年度, dates as precise as the deck', () => {
    const timeline = texts(tables.get('timeline'));
    expect(timeline[0]?.[0]).toBe('令和3年4月');
    expect(timeline).toContainEqual(expect.arrayContaining(['令和4年12月', '全体', '資料 p.5']));
    expect(timeline.some((r) => r[0] === '令和5年5月12日' && r[3] === '資料 p.24')).toBe(true);
    expect(timeline.some((r) => r[1]?.startsWith('任期付職員（高度経験者）の募集を開始'))).toBe(true);
    // The R5 report stops at the end of R5.
    const dates = (m: Map<string, ReportTable>) => texts(m.get('timeline')).map((r) => r[0]);
    expect(dates(tables)).toEqual(expect.arrayContaining(['令和6年4月', '令和6年度', '令和6年6月']));
    expect(dates(r5)).not.toContain('令和6年4月');
    expect(dates(r5)).not.toContain('令和6年度');
    expect(dates(r5).at(-1)).toBe('令和5年8月');
  });

  it('p.12: 県と15市町, 共通人材 38名 = 県情報職等 30名 + 市町職員 8名 (R5: 県と7市町)', () => {
    expect(texts(tables.get('framework'))).toEqual([
      ['参画団体', '県と15市町'],
      ['参画市町', expect.stringContaining('江田島市')],
      ['県・市町共通人材', '38名'],
      ['うち県情報職等', '30名'],
      ['うち市町職員', '8名'],
    ]);
    expect(texts(r5.get('framework'))[0]).toEqual(['参画団体', '県と7市町']);
  });

  it('p.14/p.18: 江田島市 with its profile, its R8 target of 4 + 2 and its actual', () => {
    const rows = texts(tables.get('targets'));
    expect(
      rows.every((r) =>
        r[0]?.startsWith('江田島市\n（人口 20,000人・職員 220人・デジタル推進室、令和6年度）'),
      ),
    ).toBe(true);
    expect(rows.every((r) => r[1] === '令和8年度')).toBe(true);
    expect(rows).toContainEqual([expect.any(String), '令和8年度', '行政職員（行政職）', '2名', '対象外']);
    expect(rows.at(-1)?.slice(2)).toEqual(['情報システム人材 計', '4名', '3名']);
  });

  it('p.24: the forum’s 26 members; its R5 meetings with the commitment of R5/5/12, closed', () => {
    const members = texts(tables.get('forumMembers'));
    expect(members).toHaveLength(26);
    expect(members[0]).toEqual(['広島県', 'ＤＸ審議官']);
    const meetings = texts(r5.get('forumMeetings'));
    expect(meetings.map((r) => r[0])).toEqual(['令和5年5月12日', '令和5年10月31日', '令和6年3月27日']);
    expect(meetings[0]?.[2]).toContain('担当者会議を設置する');
    expect(meetings[0]?.[2]).toContain('完了');
    expect(texts(tables.get('forumMeetings'))[0]?.[0]).toBe('この年度の開催の記録はありません');
  });

  it('p.25: 455 / 465 systems; 44 / 1 / 17 / 1 in the registers of the DB', () => {
    const rows = texts(tables.get('sharing'));
    expect(rows.slice(0, 2)).toEqual([
      ['情報システム台帳', '県 情報システム', '455件'],
      ['情報システム台帳', '23市町 情報システム', '465件'],
    ]);
    expect(rows).toContainEqual(['DX施策/好事例データベース', '県DX関連事業（令和5年度）', '44件']);
    expect(rows).toContainEqual([
      'DX施策/好事例データベース',
      'デジ田交付金 交付決定事業（令和5年度）',
      '1件',
    ]);
    expect(rows).toContainEqual([
      'DX施策/好事例データベース',
      'デジ田交付金 実施計画書（令和5年度）',
      '17件',
    ]);
    expect(rows).toContainEqual(['DX施策/好事例データベース', '総務省調査（令和5年度）', '1件']);
  });

  it('p.26: the R5 担当者会議 by theme — 3, 3 and 6 meetings with their dates', () => {
    const rows = texts(r5.get('workingGroups'));
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['基幹業務システムの標準化', '3回'],
      ['書かない窓口、ワンストップサービス、生成系AI', '3回'],
      ['自治体ネットワークのあるべき姿', '6回'],
    ]);
    expect(rows[0]?.[3]).toBe('令和5年7月4日、令和5年12月8日、令和6年2月29日');
  });

  it('p.27: the joint systems, and candidates with estimated savings and their formula', async () => {
    const joint = texts(tables.get('jointSystems'));
    expect(joint.map((r) => r[1]).sort()).toEqual(['公共施設予約', '電子入札', '電子申請'].sort());
    // The demo's contracts are placed around the 年度 it is loaded in.
    const candidates = await jointCandidatesTable(t.db, currentFiscalYear());
    expect(candidates.caption).toContain(formatFiscalYear(currentFiscalYear()));
    const groups = candidates.rows.filter((r) => r[1]?.value !== undefined);
    expect(groups.length).toBeGreaterThan(0);
    for (const row of groups) {
      expect(row[4]?.text).toMatch(/^年間経費の合計 [\d,]+円 × 削減率 10% = [\d,]+円（年額）$/);
      expect(row[3]?.value).toBe(Math.floor((row[2]?.value ?? 0) / 10));
    }
    expect(candidates.notes.join('')).toContain('10%');
  });

  it('p.28: R5 みんなのDX研修 9市町 164名, 学習動画 12市町 799名', () => {
    expect(texts(r5.get('literacy'))).toEqual([
      ['みんなのDX研修', '9市町', '164名'],
      ['デジタルリテラシー向上に係る学習動画', '12市町', '799名'],
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
    for (const key of REPORT_TABLE_KEYS) expect(html).toContain(`data-table="${key}"`);
    // The 沿革 heads the report.
    expect(html.indexOf('data-table="timeline"')).toBeLessThan(html.indexOf('data-table="framework"'));
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
      '沿革',
      '体制 p.12',
      '配属先 p.13',
      '目指す組織体制 p.18',
      '配属状況 p.20',
      '採用実績 p.21',
      '競争倍率 p.22',
      'CDOフォーラム構成 p.24',
      'CDOフォーラム開催 p.24',
      '情報共有アプリ p.25',
      '担当者会議 p.26',
      '共同利用 p.27',
      '共同調達の候補 p.27',
      'リテラシー研修 p.28',
    ]);
    const sharing = workbook.getWorksheet('情報共有アプリ p.25')!;
    const sharingRows: unknown[][] = [];
    sharing.eachRow((r) => sharingRows.push((r.values as unknown[]).slice(1)));
    expect(sharingRows).toContainEqual(['情報システム台帳', '県 情報システム', '455件']);
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
