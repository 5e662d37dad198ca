import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type ColumnSpec,
  convertCell,
  createRowValidator,
  headerKey,
  mapColumns,
  parseDateText,
  validateRows,
} from './validate-rows.ts';

const SPECS: ColumnSpec[] = [
  { field: 'name', label: 'システム名', aliases: ['名称'] },
  { field: 'cost', label: '年間経費（円）', aliases: ['年間経費'], type: 'integer' },
  { field: 'end', label: '契約終了日', type: 'date' },
  { field: 'personal', label: '個人情報', type: 'boolean' },
  { field: 'themes', label: 'テーマ', type: 'list' },
  { field: 'kind', label: '区分', resolve: (t) => (t === 'クラウド型' ? 'クラウド' : undefined) },
];

const Schema = z.object({
  name: z.string().min(1),
  cost: z.number().int().min(0, '0以上にしてください').optional(),
  end: z.string().optional(),
  personal: z.boolean().default(false),
  themes: z.array(z.string()).default([]),
  kind: z
    .enum(['クラウド', 'オンプレミス'], { error: 'クラウド か オンプレミス を指定してください' })
    .optional(),
});

describe('mapColumns', () => {
  it('recognises labels, aliases and English keys, loosely (NFKC, spaces, brackets)', () => {
    const m = mapColumns(['名称', ' 年間経費(円) ', 'end', 'ＰＥＲＳＯＮＡＬ', '不明な列', ''], SPECS);
    expect(m.columns.map((c) => c.field)).toEqual(['name', 'cost', 'end', 'personal', null, null]);
    expect(m.ignoredHeaders).toEqual(['不明な列']);
    expect(m.unmappedFields).toEqual(['テーマ', '区分']);
  });

  it('an explicit mapping wins, and null ignores a column', () => {
    const m = mapColumns(['件名', 'システム名'], SPECS, { 件名: 'name', システム名: null });
    expect(m.columns.map((c) => c.field)).toEqual(['name', null]);
  });

  it('maps a field once: a second column with the same meaning is ignored', () => {
    const m = mapColumns(['システム名', '名称'], SPECS);
    expect(m.columns.map((c) => c.field)).toEqual(['name', null]);
  });

  it('headerKey ignores width, case and decoration', () => {
    expect(headerKey('【年間経費（円）】')).toBe(headerKey('年間経費(円)'));
    expect(headerKey('Contract_End')).toBe('contractend');
  });
});

describe('convertCell', () => {
  it('integers: commas, 円, ¥ and full-width digits', () => {
    const spec = SPECS[1]!;
    expect(convertCell('1,200,000', spec)).toEqual({ ok: true, value: 1200000 });
    expect(convertCell('１２００円', spec)).toEqual({ ok: true, value: 1200 });
    expect(convertCell('¥3,000', spec)).toEqual({ ok: true, value: 3000 });
    expect(convertCell('百万', spec)).toMatchObject({ ok: false });
    expect(convertCell('1.5', spec)).toMatchObject({ ok: false });
  });

  it('booleans: はい/いいえ, ○/×, TRUE/FALSE, 有/無', () => {
    const spec = SPECS[3]!;
    for (const t of ['はい', '○', 'TRUE', '有', '1'])
      expect(convertCell(t, spec)).toEqual({ ok: true, value: true });
    for (const t of ['いいえ', '×', 'FALSE', '無', '0'])
      expect(convertCell(t, spec)).toEqual({ ok: true, value: false });
    expect(convertCell('たぶん', spec)).toMatchObject({ ok: false });
  });

  it('lists split on 、 , and ;', () => {
    expect(convertCell('窓口、生成AI, RPA;ネットワーク', SPECS[4]!)).toEqual({
      ok: true,
      value: ['窓口', '生成AI', 'RPA', 'ネットワーク'],
    });
  });

  it('text is trimmed and resolved when the spec knows a canonical form', () => {
    expect(convertCell(' クラウド型 ', SPECS[5]!)).toEqual({ ok: true, value: 'クラウド' });
    expect(convertCell(' 何か ', SPECS[5]!)).toEqual({ ok: true, value: '何か' });
  });
});

describe('parseDateText', () => {
  it('reads the ways Japanese spreadsheets write dates', () => {
    for (const t of [
      '2026-03-31',
      '2026/3/31',
      '2026.3.31',
      '2026年3月31日',
      '令和8年3月31日',
      'R8.3.31',
      'r8/3/31',
    ])
      expect(parseDateText(t)).toBe('2026-03-31');
    expect(parseDateText('令和元年5月1日')).toBe('2019-05-01');
    expect(parseDateText('H31.4.30')).toBe('2019-04-30');
    expect(parseDateText('２０２６／３／３１')).toBe('2026-03-31');
    expect(parseDateText('46112')).toBe('2026-03-31');
  });

  it('refuses impossible dates and other text', () => {
    expect(parseDateText('2025-02-29')).toBeUndefined();
    expect(parseDateText('2024/13/1')).toBeUndefined();
    expect(parseDateText('来年度')).toBeUndefined();
  });
});

describe('createRowValidator / validateRows', () => {
  it('converts cells then validates with the same schema as the API', () => {
    const mapping = mapColumns(['システム名', '年間経費', '契約終了日', '個人情報'], SPECS);
    const validate = createRowValidator(mapping, SPECS, Schema);
    expect(validate(2, ['住民記録', '1,000', 'R8.3.31', 'はい'])).toEqual({
      ok: true,
      value: { name: '住民記録', cost: 1000, end: '2026-03-31', personal: true, themes: [] },
    });
  });

  it('reports per row and per column, with the header the user wrote, Excel row numbers', () => {
    const result = validateRows(
      {
        headers: ['名称', '年間経費', '区分'],
        rows: [
          ['A', '100', 'クラウド'],
          ['', 'abc', 'どこか'],
          ['C', '-5', ''],
        ],
        rowNumbers: [2, 3, 5],
      },
      SPECS,
      Schema,
    );
    expect(result.valid.map((v) => v.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 3, column: '年間経費', message: '整数として読めません（「abc」）' },
      { row: 3, column: '名称', message: '入力が必要です（空欄です）' },
      { row: 3, column: '区分', message: 'クラウド か オンプレミス を指定してください' },
      { row: 5, column: '年間経費', message: '0以上にしてください' },
    ]);
  });

  it('numbers rows from 2 when no row numbers are given', () => {
    const result = validateRows({ headers: ['名称'], rows: [['a'], ['']] }, SPECS, Schema);
    expect(result.errors).toEqual([{ row: 3, column: '名称', message: '入力が必要です（空欄です）' }]);
  });

  it('names a required field missing from the file by its label', () => {
    const result = validateRows({ headers: ['年間経費'], rows: [['1']] }, SPECS, Schema);
    expect(result.errors).toEqual([{ row: 2, column: 'システム名', message: '入力が必要です（空欄です）' }]);
  });
});
