import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { cellText, detectEncoding, readTable, readTableStream } from './read-table.ts';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const withBom = (s: string) =>
  new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]));
const cp932 = (s: string) => new Uint8Array(iconv.encode(s, 'cp932'));

const CSV = 'システム名,ベンダー,年間経費\r\n住民記録システム,㈱髙橋システム①,"1,200,000"\r\n';

describe('detectEncoding', () => {
  it('tells UTF-8, UTF-8 with BOM and CP932 apart', () => {
    expect(detectEncoding(utf8(CSV))).toBe('utf-8');
    expect(detectEncoding(withBom(CSV))).toBe('utf-8-bom');
    expect(detectEncoding(cp932(CSV))).toBe('cp932');
  });

  it('honours a forced choice, still noticing a BOM under utf-8', () => {
    expect(detectEncoding(utf8(CSV), 'cp932')).toBe('cp932');
    expect(detectEncoding(withBom(CSV), 'utf-8')).toBe('utf-8-bom');
    expect(detectEncoding(cp932(CSV), 'utf-8')).toBe('utf-8');
  });

  it('treats pure ASCII as UTF-8', () => {
    expect(detectEncoding(utf8('a,b\r\n1,2\r\n'))).toBe('utf-8');
  });
});

describe('readTable — CSV', () => {
  const expected = {
    format: 'csv',
    headers: ['システム名', 'ベンダー', '年間経費'],
    rows: [['住民記録システム', '㈱髙橋システム①', '1,200,000']],
    rowNumbers: [2],
  };

  it('reads UTF-8', async () => {
    expect(await readTable(utf8(CSV))).toEqual({ ...expected, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM, the BOM not part of the first header', async () => {
    expect(await readTable(withBom(CSV))).toEqual({ ...expected, encoding: 'utf-8-bom' });
  });

  it('reads CP932 as Excel writes it: 髙 (IBM extension), ① and ㈱ (NEC special characters)', async () => {
    const bytes = cp932(CSV);
    // The bytes really are Windows-31J: 髙 = FB FC, ① = 87 40, ㈱ = 87 8A.
    expect(Buffer.from(bytes).includes(Buffer.from([0xfb, 0xfc]))).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from([0x87, 0x40]))).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from([0x87, 0x8a]))).toBe(true);
    expect(await readTable(bytes)).toEqual({ ...expected, encoding: 'cp932' });
  });

  it('reads CP932 when the user chooses it explicitly', async () => {
    const table = await readTable(cp932(CSV), { encoding: 'cp932' });
    expect(table.rows[0]?.[1]).toBe('㈱髙橋システム①');
  });

  it('keeps quoted commas, quotes and line breaks inside a field; numbers rows as Excel does', async () => {
    const text = '名称,備考\r\n"A, B","1行目\r\n2行目"\r\n"He said ""はい""",x\r\n\r\n,\r\n最後,"z"\r\n';
    const table = await readTable(utf8(text));
    expect(table.rows).toEqual([
      ['A, B', '1行目\r\n2行目'],
      ['He said "はい"', 'x'],
      ['最後', 'z'],
    ]);
    // Records: header 1, then 2, 3; the blank line (4) and the empty ",” record (5) are skipped.
    expect(table.rowNumbers).toEqual([2, 3, 6]);
  });

  it('reads LF line endings and rows of uneven length', async () => {
    const table = await readTable(utf8('a,b,c\n1,2\n3,4,5,6\n'));
    expect(table.headers).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      ['1', '2'],
      ['3', '4', '5', '6'],
    ]);
  });

  it('splits CP932 multi-byte characters that straddle a 1 MB slice boundary correctly', async () => {
    const line = '髙橋①,㈱テスト\r\n';
    const count = Math.ceil((1 << 20) / iconv.encode(line, 'cp932').length) + 10;
    const bytes = cp932(`名前,会社\r\n${line.repeat(count)}`);
    const stream = await readTableStream(bytes);
    let rows = 0;
    for await (const r of stream.rows) {
      expect(r.cells).toEqual(['髙橋①', '㈱テスト']);
      rows++;
    }
    expect(rows).toBe(count);
  });

  it('reports progress in bytes up to the whole file', async () => {
    const seen: number[] = [];
    const bytes = utf8(`a\n${'x\n'.repeat(1 << 20)}`);
    const stream = await readTableStream(bytes, {}, (read, total) => {
      expect(total).toBe(bytes.byteLength);
      seen.push(read);
    });
    for await (const _ of stream.rows) {
      // consume
    }
    expect(seen.at(-1)).toBe(bytes.byteLength);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('answers an empty table for an empty file', async () => {
    expect(await readTable(new Uint8Array())).toMatchObject({ headers: [], rows: [] });
  });

  it('refuses an old .xls (OLE2) file with a clear message', async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readTable(ole2, { filename: '台帳.xls' })).rejects.toMatchObject({
      code: 'TABLE_UNREADABLE',
      status: 400,
    });
  });

  it('refuses an unterminated quote as unreadable (400), not a crash', async () => {
    const error = await readTable(utf8('a,b\n"open,1\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TABLE_UNREADABLE');
  });
});

/** A source that hands the bytes over in small chunks, as a request body arrives. */
function streamed(bytes: Uint8Array, chunk = 1000) {
  return {
    size: bytes.byteLength,
    chunks: (async function* () {
      for (let i = 0; i < bytes.byteLength; i += chunk) yield bytes.subarray(i, i + chunk);
    })(),
  };
}

async function collect(source: Parameters<typeof readTableStream>[0], options = {}) {
  const table = await readTableStream(source, options);
  const rows: string[][] = [];
  for await (const r of table.rows) rows.push(r.cells);
  return { ...table, rows };
}

describe('readTableStream — streamed sources', () => {
  it('reads UTF-8, BOM and CP932 arriving in small chunks, telling the encoding from the first bytes', async () => {
    const expected = [['住民記録システム', '㈱髙橋システム①', '1,200,000']];
    expect(await collect(streamed(utf8(CSV)))).toMatchObject({ encoding: 'utf-8', rows: expected });
    expect(await collect(streamed(withBom(CSV)))).toMatchObject({ encoding: 'utf-8-bom', rows: expected });
    expect(await collect(streamed(cp932(CSV), 7))).toMatchObject({ encoding: 'cp932', rows: expected });
  });

  it('reads a large streamed CP932 file whose multi-byte characters straddle chunks', async () => {
    const body = `名前,会社\r\n${'髙橋①,㈱テスト\r\n'.repeat(120_000)}`;
    const table = await collect(streamed(cp932(body), 65_536));
    expect(table.encoding).toBe('cp932');
    expect(table.rows).toHaveLength(120_000);
    expect(table.rows.every((r) => r[0] === '髙橋①' && r[1] === '㈱テスト')).toBe(true);
  });

  it('stops with ENCODING_MISMATCH when a stream that began as UTF-8 turns out not to be', async () => {
    const ascii = `a,b\r\n${'x,y\r\n'.repeat(300_000)}`; // more than the first megabyte
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(ascii), iconv.encode('髙,①\r\n', 'cp932')]));
    await expect(collect(streamed(bytes, 65_536))).rejects.toMatchObject({
      code: 'ENCODING_MISMATCH',
      status: 400,
    });
    // Chosen explicitly, the same file reads.
    const chosen = await collect(streamed(bytes, 65_536), { encoding: 'cp932' });
    expect(chosen.rows.at(-1)).toEqual(['髙', '①']);
  });

  it('reads a streamed xlsx', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['名前']);
      sheet.addRow(['髙橋']);
    });
    expect(await collect(streamed(bytes, 512))).toMatchObject({ format: 'xlsx', rows: [['髙橋']] });
  });
});

async function xlsxBytes(
  build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台帳');
  build(sheet, book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readTable — xlsx', () => {
  it('reads the first worksheet: text, numbers, dates as ISO, booleans, rich text, formulas', async () => {
    const bytes = await xlsxBytes((sheet, book) => {
      sheet.addRow(['システム名', '年間経費', '契約終了日', '個人情報', '備考', '合計']);
      sheet.addRow([
        '住民記録システム',
        1200000,
        new Date(Date.UTC(2026, 2, 31)),
        true,
        { richText: [{ text: '㈱' }, { text: '髙橋①' }] },
        { formula: 'B2*2', result: 2400000 },
      ]);
      sheet.getCell('C2').numFmt = 'yyyy/m/d';
      sheet.addRow([]);
      sheet.addRow(['次', 3.5]);
      book.addWorksheet('別シート').addRow(['読まれない']);
    });
    const table = await readTable(bytes, { filename: '台帳.xlsx' });
    expect(table.format).toBe('xlsx');
    expect(table.encoding).toBeNull();
    expect(table.headers).toEqual(['システム名', '年間経費', '契約終了日', '個人情報', '備考', '合計']);
    expect(table.rows).toEqual([
      ['住民記録システム', '1200000', '2026-03-31', 'TRUE', '㈱髙橋①', '2400000'],
      ['次', '3.5'],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
  });

  it('refuses a ZIP that is not a workbook', async () => {
    const notXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]);
    await expect(readTable(notXlsx)).rejects.toMatchObject({ code: 'TABLE_UNREADABLE' });
  });
});

describe('cellText', () => {
  it('renders exceljs cell values as Excel shows them', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(42)).toBe('42');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText({ text: 'リンク', hyperlink: 'https://example.jp' })).toBe('リンク');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});
