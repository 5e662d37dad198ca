import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { addPerson, addPost, assign } from './test-fixtures.ts';

let t: TestApp;
let officer: Session;
let manager: Session;
let staff: Session;

const HEADERS =
  '職員番号,氏名,ふりがな,採用団体,区分,採用区分,採用年度,採用日,職位,主ジョブタイプ,副ジョブタイプ,資格,状態';

beforeAll(async () => {
  t = await createTestApp();
  [officer, manager, staff] = await Promise.all([
    t.as('talent_officer'),
    t.as('municipal_manager', '342157'),
    t.as('municipal_staff', '342157'),
  ]);
  const post = await addPost(t.db, '342157', 'CIO補佐官', currentFiscalYear());
  const hosted = await addPerson(t.db, {
    employeeNo: 'P-001',
    name: '髙橋 ①美',
    kana: 'たかはし かずみ',
    secondaryJobType: 'project_manager',
    certifications: [
      { code: 'AP', passedOn: '2022-10-09' },
      { code: 'SC', passedOn: '2024-06-20' },
    ],
    locationPreferences: ['342157', '342025'],
    homeOrgCode: '342025',
    careerGoal: '㈱での経験を活かす',
  });
  await assign(t.db, hosted.id, post, currentFiscalYear());
  await addPerson(t.db, { employeeNo: 'P-002', name: '呉 二郎', kana: 'くれ じろう', status: 'leave' });
});
afterAll(() => t.close());

const download = async (s: Session, query: string) => {
  const res = await t.request('GET', `/api/people/export${query}`, { as: s });
  expect(res.status).toBe(200);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};

describe('GET /api/people/export', () => {
  it('csv: UTF-8 with a BOM, Japanese headers, every column for a talent officer, the filters applied', async () => {
    const { res, bytes } = await download(officer, '?format=csv&status=active');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('共通人材名簿'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe(`${HEADERS},勤務希望地,居住地,キャリア目標,配属先`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      'P-001,髙橋 ①美,たかはし かずみ,広島県,県情報職,社会人経験者,令和5年度,2023-04-01,主任,ビジネスデザイナー,' +
        'プロジェクトマネージャー,AP:2022-10-09;SC:2024-06-20,在籍,江田島市>呉市,呉市,㈱での経験を活かす,江田島市 CIO補佐官',
    );
  });

  it('csv-cp932: Windows-31J bytes that decode with iconv-lite to the same text, 髙 ① ㈱ included', async () => {
    const utf8 = new TextDecoder().decode((await download(officer, '?format=csv')).bytes);
    const { res, bytes } = await download(officer, '?format=csv-cp932');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=Shift_JIS');
    expect(bytes.includes(Buffer.from('髙', 'utf8'))).toBe(false);
    expect(bytes.includes(iconv.encode('髙', 'cp932'))).toBe(true);
    expect(iconv.decode(bytes, 'cp932')).toBe(utf8);
    expect(iconv.decode(bytes, 'cp932')).toContain('髙橋 ①美');
  });

  it('xlsx: a workbook exceljs reads back, headers and cells intact', async () => {
    const { bytes } = await download(officer, `?format=xlsx&q=${encodeURIComponent('髙橋')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(bytes));
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...HEADERS.split(','), '勤務希望地', '居住地', 'キャリア目標', '配属先']);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('髙橋 ①美');
    expect(row.getCell(8).value).toEqual(new Date('2023-04-01T00:00:00Z'));
    expect(row.getCell(16).value).toBe('㈱での経験を活かす');
    expect(sheet.rowCount).toBe(2);
  });

  it('a municipal manager gets only the people they see, without personal columns', async () => {
    const text = new TextDecoder().decode((await download(manager, '?format=csv')).bytes);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(`${HEADERS},配属先`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('P-001');
    expect(text).not.toMatch(/キャリア目標|勤務希望地|㈱での経験/);
  });

  it('is refused to municipal staff (403) and rejects an unknown format (400)', async () => {
    expect((await t.request('GET', '/api/people/export', { as: staff })).status).toBe(403);
    expect((await t.request('GET', '/api/people/export?format=pdf', { as: officer })).status).toBe(400);
  });
});
