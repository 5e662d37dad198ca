import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';
import { attachmentDisposition, type OutputColumn, toCp932Text, writeTable } from './write-table.ts';

const COLUMNS: OutputColumn[] = [
  { key: 'name', header: 'システム名' },
  { key: 'vendor', header: 'ベンダー' },
  { key: 'cost', header: '年間経費（円）', type: 'number' },
  { key: 'end', header: '契約終了日', type: 'date' },
];

const ROWS = [
  { name: '住民記録, 本庁', vendor: '㈱髙橋システム①', cost: 1200000, end: '2026-03-31' },
  { name: '改行\nあり', vendor: '"引用"', cost: null, end: null },
];

async function bytesOf(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

describe('writeTable', () => {
  it('csv: UTF-8 with BOM and CRLF, read back identically', async () => {
    const out = await writeTable('csv', COLUMNS, ROWS);
    expect(out.contentType).toBe('text/csv; charset=utf-8');
    expect(out.extension).toBe('csv');
    const bytes = await bytesOf(out.body);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).toString('utf8')).toContain('\r\n');
    const table = await readTable(bytes);
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(table.rows).toEqual([
      ['住民記録, 本庁', '㈱髙橋システム①', '1200000', '2026-03-31'],
      ['改行\nあり', '"引用"', '', ''],
    ]);
  });

  it('csv-cp932: Windows-31J bytes that keep 髙, ① and ㈱', async () => {
    const out = await writeTable('csv-cp932', COLUMNS, slowly(ROWS));
    expect(out.contentType).toBe('text/csv; charset=Shift_JIS');
    const bytes = await bytesOf(out.body);
    expect(iconv.decode(Buffer.from(bytes), 'cp932')).toContain('㈱髙橋システム①');
    const table = await readTable(bytes);
    expect(table.encoding).toBe('cp932');
    expect(table.rows[0]).toEqual(['住民記録, 本庁', '㈱髙橋システム①', '1200000', '2026-03-31']);
  });

  it('csv-cp932 maps Unicode look-alikes (〜, −) to their Windows code points instead of ?', () => {
    expect(toCp932Text('9:00〜17:00 −5')).toBe('9:00～17:00 －5');
    expect(iconv.decode(iconv.encode(toCp932Text('〜−'), 'cp932'), 'cp932')).toBe('～－');
  });

  it('xlsx: a workbook with numbers and real dates, read back by readTable', async () => {
    const out = await writeTable('xlsx', COLUMNS, slowly(ROWS));
    expect(out.extension).toBe('xlsx');
    const table = await readTable(await bytesOf(out.body));
    expect(table.format).toBe('xlsx');
    expect(table.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(table.rows[0]).toEqual(['住民記録, 本庁', '㈱髙橋システム①', '1200000', '2026-03-31']);
    expect(table.rows[1]).toEqual(['改行\nあり', '"引用"']);
  });

  it('streams large exports without collecting the rows first', async () => {
    let produced = 0;
    function* many() {
      for (let i = 0; i < 20000; i++) {
        produced++;
        yield { name: `システム${i}`, vendor: 'v', cost: i, end: '2025-03-31' };
      }
    }
    const out = await writeTable('csv', COLUMNS, many());
    expect(produced).toBeLessThan(20000);
    const table = await readTable(await bytesOf(out.body));
    expect(table.rows).toHaveLength(20000);
    expect(table.rows[19999]).toEqual(['システム19999', 'v', '19999', '2025-03-31']);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('台帳.csv')).toBe(
      `attachment; filename="__.csv"; filename*=UTF-8''${encodeURIComponent('台帳.csv')}`,
    );
  });
});
