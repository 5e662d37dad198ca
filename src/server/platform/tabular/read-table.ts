/**
 * Reading tables from what people upload: CSV as Excel writes it (UTF-8, UTF-8 with BOM, or
 * Shift_JIS — which in Excel's hands is Windows code page 932) and .xlsx workbooks.
 *
 * CSV is parsed by csv-parse and decoded by TextDecoder / iconv-lite; .xlsx is read by exceljs's
 * streaming reader. Nothing here hand-parses CSV or encodings.
 */
import { isUtf8 } from 'node:buffer';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../errors.ts';
import { loadExcel } from './excel.ts';
import {
  importTooLarge,
  openXlsxArchive,
  XLSX_LIMITS,
  type XlsxArchive,
  type XlsxLimits,
} from './xlsx-archive.ts';

/** The container of an uploaded table. */
export type TableFormat = 'csv' | 'xlsx';
/** The encoding a CSV file turned out to have (null for xlsx). */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'cp932';
/** What the user chose: detect it, or force one. */
export type EncodingChoice = 'auto' | 'utf-8' | 'cp932';

/** Bounds on one record, whatever the format: a row cannot exhaust the server either. */
export type RecordLimits = {
  /** Characters of one CSV record (an unclosed quote would otherwise swallow the rest of the file). */
  recordChars: number;
  /** Cells of one row. */
  columns: number;
};

export const RECORD_LIMITS: RecordLimits = { recordChars: 1024 * 1024, columns: 1000 };

export type ReadTableOptions = {
  filename?: string;
  encoding?: EncodingChoice;
  /** Defaults: RECORD_LIMITS and XLSX_LIMITS (tests make them smaller). */
  recordLimits?: RecordLimits;
  xlsxLimits?: XlsxLimits;
};

/** A whole table in memory: for files of ordinary size. */
export type Table = {
  format: TableFormat;
  encoding: DetectedEncoding | null;
  headers: string[];
  rows: string[][];
  /** Row number of each entry of `rows` as Excel shows it (the header is row 1). */
  rowNumbers: number[];
};

/** One data row of a streamed table. */
export type TableRow = {
  /** Row number as Excel shows it: the header row is 1, so the first data row is usually 2. */
  row: number;
  cells: string[];
};

/** A table read lazily, row by row: for files of any size. */
export type TableStream = {
  format: TableFormat;
  encoding: DetectedEncoding | null;
  headers: string[];
  rows: AsyncIterable<TableRow>;
};

/** Progress of reading: bytes of the file consumed so far, out of `totalBytes` (0 when unknown). */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/**
 * The file: all of it in memory, or a stream of chunks (a request body) with its size if known.
 * A stream is read once, never held whole: its encoding is told from its first megabyte.
 */
export type TableSource = Uint8Array | { chunks: AsyncIterable<Uint8Array>; size?: number };

const SLICE = 1 << 20;
const BOM = [0xef, 0xbb, 0xbf] as const;

/** Whether the bytes start like a ZIP archive (PK\x03\x04), as every .xlsx does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the bytes are an OLE2 compound file, as the old Excel 97-2003 .xls is. */
function looksLikeOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/**
 * The encoding of CSV bytes. `auto`: a UTF-8 BOM → utf-8-bom; otherwise bytes that are valid UTF-8
 * → utf-8; anything else → cp932 (Excel's "Shift_JIS"). A forced `utf-8` still reports a BOM.
 */
export function detectEncoding(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DetectedEncoding {
  if (choice === 'cp932') return 'cp932';
  if (hasBom(bytes)) return 'utf-8-bom';
  if (choice === 'utf-8') return 'utf-8';
  return isUtf8(bytes) ? 'utf-8' : 'cp932';
}

function unreadable(detail: string): AppError {
  return new AppError('TABLE_UNREADABLE', 400, `ファイルを表として読み取れません（${detail}）。`);
}

/** The file in slices of 1 MB. */
function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += SLICE) {
    yield bytes.subarray(offset, Math.min(offset + SLICE, bytes.byteLength));
  }
}

/** An opened source: its first bytes (at least 1 MB, or all of it) and every chunk, head included. */
type Opened = { head: Uint8Array; whole: boolean; total: number; chunks: () => AsyncGenerator<Uint8Array> };

async function openSource(source: TableSource, onProgress?: ReadProgress): Promise<Opened> {
  if (source instanceof Uint8Array) {
    const total = source.byteLength;
    return {
      head: source,
      whole: true,
      total,
      chunks: async function* () {
        for (const slice of slices(source)) {
          yield slice;
          onProgress?.(slice.byteOffset - source.byteOffset + slice.byteLength, total);
        }
      },
    };
  }
  const iterator = source.chunks[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SLICE) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    first.push(next.value);
    headBytes += next.value.byteLength;
  }
  const head = Buffer.concat(first);
  const total = source.size ?? 0;
  return {
    head,
    whole: done,
    total,
    chunks: async function* () {
      let read = head.byteLength;
      yield head;
      onProgress?.(read, total);
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        read += next.value.byteLength;
        yield next.value;
        onProgress?.(read, total);
      }
    },
  };
}

/** Decoded text of the file, chunk by chunk (multi-byte characters split across chunks are kept whole). */
async function* decodedText(opened: Opened, encoding: DetectedEncoding, strictUtf8: boolean) {
  let skip = encoding === 'utf-8-bom' ? BOM.length : 0;
  const cp932 = encoding === 'cp932' ? iconv.getDecoder('cp932') : null;
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: strictUtf8 });
  for await (let chunk of opened.chunks()) {
    if (skip > 0) {
      chunk = chunk.subarray(skip);
      skip = 0;
    }
    if (cp932) {
      yield cp932.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      continue;
    }
    try {
      yield utf8.decode(chunk, { stream: true });
    } catch {
      throw new AppError(
        'ENCODING_MISMATCH',
        400,
        'ファイルの途中に UTF-8 として読めない文字がありました。文字コードに「Shift_JIS（CP932）」を選んで、もう一度読み込んでください。',
      );
    }
  }
  const rest = cp932 ? cp932.end() : utf8.decode();
  if (rest) yield rest;
}

/** Whether the first bytes read as UTF-8 (a character cut off at the end of them is fine). */
function headIsUtf8(head: Uint8Array, whole: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * CSV records with their record numbers (1-based, as Excel numbers rows), blank records skipped.
 * The decoded text is written to csv-parse a slice at a time and the records each slice yields are
 * handed on as a batch: no stream plumbing per record, which matters at hundreds of thousands of rows.
 */
async function* csvRecords(
  opened: Opened,
  encoding: DetectedEncoding,
  strictUtf8: boolean,
  limits: RecordLimits,
) {
  const parser = parseCsv({
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: limits.recordChars,
  });
  let batch: string[][] = [];
  let failure: unknown;
  parser.on('data', (cells: string[]) => batch.push(cells));
  parser.on('error', (error) => {
    failure ??= error;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });
  let record = 0;
  function* drain(): Generator<TableRow> {
    if (failure !== undefined) {
      if (failure instanceof Error && 'code' in failure && failure.code === 'CSV_MAX_RECORD_SIZE') {
        throw importTooLarge(
          `${record + batch.length + 1} 行目が ${limits.recordChars.toLocaleString()} 文字を超えています。引用符（"）が閉じていない可能性があります`,
        );
      }
      const message = failure instanceof Error ? failure.message : String(failure);
      throw unreadable(`CSV の形式が正しくありません: ${message}`);
    }
    const records = batch;
    batch = [];
    for (const cells of records) {
      record++;
      if (cells.length > limits.columns) throw tooManyColumns(record, limits);
      if (!isBlank(cells)) yield { row: record, cells };
    }
  }
  for await (const text of decodedText(opened, encoding, strictUtf8)) {
    parser.write(text);
    yield* drain();
    // Let the event loop breathe between slices (progress lines, other requests).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  parser.end();
  await ended;
  yield* drain();
}

/** The text Excel shows for a cell value read by exceljs. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
      formula?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

function tooManyColumns(row: number, limits: RecordLimits): AppError {
  return importTooLarge(`${row} 行目の列が ${limits.columns.toLocaleString()} 列を超えています`);
}

/**
 * Rows of the first worksheet with their row numbers, blank rows skipped. The archive has been
 * checked (xlsx-archive.ts) before exceljs sees a byte of it.
 */
async function* xlsxRecords(archive: XlsxArchive, limits: RecordLimits) {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(archive.stream(), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        if (values.length - 1 > limits.columns) throw tooManyColumns(row.number, limits);
        // exceljs row values are 1-based (index 0 is empty).
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (!isBlank(cells)) yield { row: row.number, cells } satisfies TableRow;
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw unreadable(`Excel ファイルを開けません: ${message}`);
  } finally {
    await archive.close();
  }
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}

/**
 * Opens a table for reading row by row: the format from the bytes (a ZIP archive is .xlsx, anything
 * else CSV), the encoding of CSV detected or as chosen, the first non-blank row as the headers.
 * Data rows follow lazily; blank rows are skipped but counted in the row numbers.
 * `onProgress` is told how many bytes have been consumed.
 *
 * @throws AppError TABLE_UNREADABLE (400) for a file that is not a table.
 */
export async function readTableStream(
  source: TableSource,
  options: ReadTableOptions = {},
  onProgress?: ReadProgress,
): Promise<TableStream> {
  const opened = await openSource(source, onProgress);
  const { head } = opened;
  if (looksLikeOle2(head)) {
    throw unreadable(
      `${options.filename ?? 'ファイル'} は Excel 97-2003 形式（.xls）です。.xlsx か CSV で保存し直してください`,
    );
  }
  const format: TableFormat = looksLikeZip(head) ? 'xlsx' : 'csv';
  const choice = options.encoding ?? 'auto';
  let encoding: DetectedEncoding | null = null;
  let strictUtf8 = false;
  if (format === 'csv') {
    if (opened.whole) {
      encoding = detectEncoding(head, choice);
    } else {
      // A stream is told from its first megabyte; should a later part not be UTF-8 after all, the
      // read stops with ENCODING_MISMATCH rather than garbling text.
      encoding =
        choice === 'cp932'
          ? 'cp932'
          : hasBom(head)
            ? 'utf-8-bom'
            : choice === 'utf-8' || headIsUtf8(head, false)
              ? 'utf-8'
              : 'cp932';
      strictUtf8 = choice === 'auto' && encoding !== 'cp932';
    }
  }
  const recordLimits = options.recordLimits ?? RECORD_LIMITS;
  const records =
    format === 'xlsx'
      ? xlsxRecords(
          await openXlsxArchive(
            source instanceof Uint8Array ? source : opened.chunks(),
            options.xlsxLimits ?? XLSX_LIMITS,
          ),
          recordLimits,
        )
      : csvRecords(opened, encoding ?? 'utf-8', strictUtf8, recordLimits);
  const first = await records.next();
  const headers = first.done ? [] : trimTrailingEmpty(first.value.cells).map((h) => h.trim());
  async function* rest(): AsyncGenerator<TableRow> {
    for (let next = await records.next(); !next.done; next = await records.next()) yield next.value;
  }
  return { format, encoding, headers, rows: rest() };
}

/**
 * Reads a whole table into memory (see {@link readTableStream}; use that for very large files).
 *
 * @throws AppError TABLE_UNREADABLE (400) for a file that is not a table.
 */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<Table> {
  const stream = await readTableStream(bytes, options);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for await (const r of stream.rows) {
    rows.push(r.cells);
    rowNumbers.push(r.row);
  }
  return { format: stream.format, encoding: stream.encoding, headers: stream.headers, rows, rowNumbers };
}
