/**
 * Writing tables people open in Excel: CSV in UTF-8 with a BOM (Excel then reads it as UTF-8),
 * CSV in CP932 (Excel's "Shift_JIS", for older tools), and .xlsx. Rows are pulled lazily from an
 * (async) iterable and written as a stream, so exports of any size use little memory.
 */
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { loadExcel } from './excel.ts';

export type OutputFormat = 'csv' | 'csv-cp932' | 'xlsx';

/** Every export format, for request validation. */
export const OUTPUT_FORMATS = ['csv', 'csv-cp932', 'xlsx'] as const satisfies readonly OutputFormat[];

/** A column: `key` of the row objects, `header` shown in the first row. */
export type OutputColumn = {
  key: string;
  header: string;
  /** Date columns hold ISO dates (yyyy-mm-dd); in .xlsx they become real dates. */
  type?: 'text' | 'number' | 'date';
};

export type OutputRow = Record<string, string | number | null>;

export type WrittenTable = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  extension: string;
};

const CONTENT_TYPES: Record<OutputFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  'csv-cp932': 'text/csv; charset=Shift_JIS',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Characters that have a CP932 form only under another code point (Unicode → Windows mapping
 * differences). Without this they would become `?`.
 */
const CP932_LOOKALIKES: Record<string, string> = {
  '\u301c': '\uff5e', // 〜 WAVE DASH → ～
  '\u2212': '\uff0d', // − MINUS SIGN → －
  '\u2016': '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥
  '\u00a2': '\uffe0', // ¢
  '\u00a3': '\uffe1', // £
  '\u00ac': '\uffe2', // ¬
  '\u2014': '\u2015', // — EM DASH → ―
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(CP932_LOOKALIKES).join('')}]`, 'gu');

/** Text prepared for CP932: look-alikes mapped to their Windows code points. */
export function toCp932Text(text: string): string {
  return text.replace(LOOKALIKE_PATTERN, (c) => CP932_LOOKALIKES[c] ?? c);
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection): `=`, `+`, `-`,
 * `@`, a tab and a carriage return at the start of a text cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as it is safe to write into CSV: one that a spreadsheet would run as a formula gets a
 * leading `'`, which Excel shows as text and does not display. Numbers are not text and never pass
 * here; .xlsx needs none of this, since it stores strings as strings.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

async function* iterate<T>(rows: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  for await (const row of rows) yield row;
}

function csvStream(
  format: 'csv' | 'csv-cp932',
  columns: readonly OutputColumn[],
  rows: AsyncIterable<OutputRow> | Iterable<OutputRow>,
): Readable {
  const stringifier = stringify({
    header: true,
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
    record_delimiter: 'windows',
    // The one place a CSV export's text passes: every format (UTF-8 and CP932) is neutralised here.
    cast: { number: (n) => String(n), string: neutraliseFormula },
  });
  const source = Readable.from(iterate(rows), { objectMode: true });
  source.on('error', (error) => stringifier.destroy(error));
  source.pipe(stringifier);
  if (format === 'csv') {
    const out = new PassThrough();
    out.write(Buffer.from([0xef, 0xbb, 0xbf]));
    stringifier.on('error', (error) => out.destroy(error));
    stringifier.pipe(out);
    return out;
  }
  const encoder = iconv.getEncoder('cp932');
  return Readable.from(
    (async function* () {
      for await (const chunk of stringifier as AsyncIterable<string | Buffer>) {
        yield encoder.write(toCp932Text(chunk.toString()));
      }
      const rest = encoder.end();
      if (rest && rest.length > 0) yield rest;
    })(),
  );
}

function xlsxValue(value: string | number | null | undefined, type: OutputColumn['type']) {
  if (value === null || value === undefined || value === '') return null;
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  return value;
}

function xlsxStream(
  excel: typeof ExcelJS,
  columns: readonly OutputColumn[],
  rows: AsyncIterable<OutputRow> | Iterable<OutputRow>,
): Readable {
  const out = new PassThrough();
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: Math.max(10, Math.min(40, c.header.length * 2 + 4)),
    ...(c.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const row of rows) {
      const values: Record<string, unknown> = {};
      for (const c of columns) values[c.key] = xlsxValue(row[c.key], c.type);
      sheet.addRow(values).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/**
 * Writes `rows` as a table in `format`, streaming: the rows are read only as the body is consumed.
 * csv = UTF-8 with BOM; csv-cp932 = Windows-31J (characters it lacks become `?`); xlsx = one
 * worksheet with a bold, frozen header row.
 */
export async function writeTable(
  format: OutputFormat,
  columns: readonly OutputColumn[],
  rows: AsyncIterable<OutputRow> | Iterable<OutputRow>,
): Promise<WrittenTable> {
  const stream =
    format === 'xlsx' ? xlsxStream(await loadExcel(), columns, rows) : csvStream(format, columns, rows);
  return {
    body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
    contentType: CONTENT_TYPES[format],
    extension: format === 'xlsx' ? 'xlsx' : 'csv',
  };
}

/** A Content-Disposition value naming the download, with the Japanese name in RFC 5987 form. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
