/**
 * From table rows to validated records: headers are mapped to fields (Japanese labels and English
 * keys both recognised, or a mapping the user chose), each cell is converted from the text Excel
 * wrote to the value the API takes (numbers with commas and 円, dates in any usual Japanese form,
 * はい/いいえ, lists), and the record is checked by the SAME zod schema as the single-record API.
 */
import type { z } from 'zod';
import { isUnsafeText, UNSAFE_TEXT_MESSAGE, withoutUnsafeText } from '../safe-text.ts';

/** How a cell's text becomes a value. */
export type CellType = 'text' | 'integer' | 'boolean' | 'date' | 'list';

/** A field that a table column can fill. */
export type ColumnSpec = {
  /** The field of the record (the API's JSON key). */
  field: string;
  /** The Japanese header written by exports and shown in messages. */
  label: string;
  /** Other headers accepted for this field. */
  aliases?: readonly string[];
  type?: CellType;
  /** Turns the text into the canonical value (e.g. 住基 → 住民基本台帳); undefined keeps the text. */
  resolve?: (text: string) => string | undefined;
  /** A conversion of the field's own (e.g. 令和5年度 → 2023); replaces the one of `type`. */
  convert?: (text: string) => CellConversion;
};

/** A cell converted to its field's value, or why it cannot be. */
export type CellConversion = { ok: true; value: unknown } | { ok: false; message: string };

/** One column of the file and the field it fills (null: ignored). */
export type MappedColumn = { index: number; header: string; field: string | null };

export type ColumnMapping = {
  columns: MappedColumn[];
  /** Labels of fields that no column fills. */
  unmappedFields: string[];
  /** Headers that fill no field (their cells are ignored). */
  ignoredHeaders: string[];
};

/** A problem with one cell (or a field missing from the row), as shown to the user. */
export type RowError = {
  /** Row number as Excel shows it (the header row is 1). */
  row: number;
  /** The header of the column in the file, or the field's label if the file has no such column. */
  column: string;
  message: string;
};

/** A user's explicit mapping: header text → field (null to ignore the column). */
export type ExplicitMapping = Record<string, string | null>;

/** Header text compared loosely: NFKC, case, spaces, brackets and trailing marks ignored. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-・()（）[\]【】「」*※:：]/gu, '');
}

/**
 * Maps the file's headers to fields: an explicit mapping first, then the field key, its label and
 * aliases (compared by {@link headerKey}). A field is filled by one column at most (the first).
 */
export function mapColumns(
  headers: readonly string[],
  specs: readonly ColumnSpec[],
  explicit: ExplicitMapping = {},
): ColumnMapping {
  const byKey = new Map<string, string>();
  for (const spec of specs) {
    for (const name of [spec.field, spec.label, ...(spec.aliases ?? [])]) {
      const k = headerKey(name);
      if (!byKey.has(k)) byKey.set(k, spec.field);
    }
  }
  const fields = new Set(specs.map((s) => s.field));
  const explicitByKey = new Map(Object.entries(explicit).map(([h, f]) => [headerKey(h), f] as const));
  const used = new Set<string>();
  const columns = headers.map((header, index): MappedColumn => {
    const k = headerKey(header);
    const chosen = explicitByKey.has(k) ? explicitByKey.get(k) : byKey.get(k);
    const field = chosen && fields.has(chosen) && !used.has(chosen) ? chosen : null;
    if (field) used.add(field);
    return { index, header, field };
  });
  return {
    columns,
    unmappedFields: specs.filter((s) => !used.has(s.field)).map((s) => s.label),
    ignoredHeaders: columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header),
  };
}

type Converted = CellConversion;

const TRUE_WORDS = new Set([
  'はい',
  '有',
  'あり',
  '有り',
  '○',
  '〇',
  '◯',
  '✓',
  'true',
  'yes',
  'y',
  '1',
  '対象',
]);
const FALSE_WORDS = new Set([
  'いいえ',
  '無',
  'なし',
  '無し',
  '×',
  '✕',
  '-',
  'false',
  'no',
  'n',
  '0',
  '対象外',
]);
const ERA_START: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988, 昭和: 1925, s: 1925 };

function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date as Japanese spreadsheets write it: 2024-04-01, 2024/4/1, 2024.4.1, 2024年4月1日,
 * 令和6年4月1日, R6.4.1, 令和元年…, or an Excel serial day number. Returns an ISO date or undefined.
 */
export function parseDateText(text: string): string | undefined {
  const t = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(令和|平成|昭和|r|h|s)(\d{1,2}|元)[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) {
    const start = ERA_START[m[1]!]!;
    const year = m[2] === '元' ? 1 : Number(m[2]);
    return isoDate(start + year, Number(m[3]), Number(m[4]));
  }
  // An Excel serial date (days since 1899-12-30), as a date cell saved without its format.
  if (/^\d{5}$/.test(t)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number(t) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Converts one non-empty cell to the value of its field. */
export function convertCell(text: string, spec: ColumnSpec): Converted {
  const t = text.trim();
  if (spec.convert) return spec.convert(t);
  switch (spec.type ?? 'text') {
    case 'integer': {
      const n = t.normalize('NFKC').replace(/[,\s円¥\\]/gu, '');
      if (/^-?\d+$/.test(n) && Number.isSafeInteger(Number(n))) return { ok: true, value: Number(n) };
      return { ok: false, message: `整数として読めません（「${t}」）` };
    }
    case 'boolean': {
      const k = t.normalize('NFKC').toLowerCase();
      if (TRUE_WORDS.has(k)) return { ok: true, value: true };
      if (FALSE_WORDS.has(k)) return { ok: true, value: false };
      return { ok: false, message: `「はい」か「いいえ」で入力してください（「${t}」）` };
    }
    case 'date': {
      const iso = parseDateText(t);
      if (iso) return { ok: true, value: iso };
      return {
        ok: false,
        message: `日付として読めません（「${t}」。例: 2025-03-31, 2025/3/31, 令和7年3月31日）`,
      };
    }
    case 'list':
      return {
        ok: true,
        value: t
          .split(/[、,，;；|\n]/u)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
    default:
      return { ok: true, value: spec.resolve?.(t) ?? t };
  }
}

/** The record's input built from a row's cells, and conversion errors by field. */
export function rowInput(
  cells: readonly string[],
  mapping: ColumnMapping,
  specs: ReadonlyMap<string, ColumnSpec>,
  convert: (text: string, spec: ColumnSpec) => Converted = convertCell,
): { input: Record<string, unknown>; errors: Map<string, string> } {
  const input: Record<string, unknown> = {};
  const errors = new Map<string, string>();
  for (const column of mapping.columns) {
    if (column.field === null) continue;
    const text = cells[column.index] ?? '';
    if (text.trim() === '') continue;
    const spec = specs.get(column.field)!;
    const converted = convert(text, spec);
    if (converted.ok) input[column.field] = converted.value;
    else errors.set(column.field, converted.message);
  }
  return { input, errors };
}

/** Distinct texts remembered per column: enough for codes, names of businesses, dates. */
const MEMO_LIMIT = 4096;

/**
 * {@link convertCell} remembering its answers per column for texts that repeat (業務, 稼働環境, dates,
 * はい/いいえ): large files repeat a few values thousands of times. Lists are not remembered (their
 * value is a fresh array each time); integers and free text are cheap to convert.
 */
function memoisedConvert(): (text: string, spec: ColumnSpec) => Converted {
  const memo = new Map<ColumnSpec, Map<string, Converted>>();
  return (text, spec) => {
    const type = spec.type ?? 'text';
    const worth =
      type === 'boolean' || type === 'date' || spec.resolve !== undefined || spec.convert !== undefined;
    if (!worth || type === 'list') return convertCell(text, spec);
    let known = memo.get(spec);
    if (!known) {
      known = new Map();
      memo.set(spec, known);
    }
    const hit = known.get(text);
    if (hit) return hit;
    const converted = convertCell(text, spec);
    if (known.size < MEMO_LIMIT) known.set(text, converted);
    return converted;
  };
}

/**
 * A cell holding NUL or a lone surrogate (see safe-text.ts) is an error of its row, whether or not its
 * column is imported: the cells are kept for the preview, and the database cannot store them.
 */
function unsafeCellErrors(row: number, cells: readonly string[], mapping: ColumnMapping): RowError[] {
  const out: RowError[] = [];
  cells.forEach((text, index) => {
    if (!isUnsafeText(text)) return;
    const header = mapping.columns[index]?.header;
    out.push({
      row,
      column: header ? withoutUnsafeText(header) : `${index + 1}列目`,
      message: UNSAFE_TEXT_MESSAGE,
    });
  });
  return out;
}

/** Checks one row: its row number and cells in, the record or its errors out. */
export type RowValidator<T> = (
  row: number,
  cells: readonly string[],
) => { ok: true; value: T } | { ok: false; errors: RowError[] };

/**
 * Prepares the check of rows mapped by `mapping`: cells converted per {@link ColumnSpec}, then the
 * record parsed by `schema`. Errors carry the row number and the column the user sees; a field left
 * empty that the schema requires reads 入力が必要です.
 */
export function createRowValidator<T>(
  mapping: ColumnMapping,
  specs: readonly ColumnSpec[],
  schema: z.ZodType<T>,
): RowValidator<T> {
  const specByField = new Map(specs.map((s) => [s.field, s]));
  const headerByField = new Map<string, string>();
  for (const c of mapping.columns) if (c.field !== null) headerByField.set(c.field, c.header);
  const columnOf = (field: string) => headerByField.get(field) ?? specByField.get(field)?.label ?? field;
  const convert = memoisedConvert();
  return (row, cells) => {
    const unsafe = unsafeCellErrors(row, cells, mapping);
    if (unsafe.length > 0) return { ok: false, errors: unsafe };
    const { input, errors } = rowInput(cells, mapping, specByField, convert);
    const result = schema.safeParse(input);
    if (errors.size === 0 && result.success) return { ok: true, value: result.data };
    const out: RowError[] = [...errors].map(([field, message]) => ({
      row,
      column: columnOf(field),
      message,
    }));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (errors.has(field)) continue; // already reported as unreadable
        const missing = field !== '' && !(field in input);
        out.push({
          row,
          column: field === '' ? '（行全体）' : columnOf(field),
          message: missing && issue.code === 'invalid_type' ? '入力が必要です（空欄です）' : issue.message,
        });
      }
    }
    return { ok: false, errors: out };
  };
}

/** Result of validating a whole (small) table. */
export type ValidatedRows<T> = {
  mapping: ColumnMapping;
  valid: { row: number; value: T }[];
  errors: RowError[];
};

/**
 * Validates every row of an in-memory table (see {@link createRowValidator}). For very large files the
 * import pipeline validates row by row while streaming instead.
 */
export function validateRows<T>(
  table: { headers: readonly string[]; rows: readonly (readonly string[])[]; rowNumbers?: readonly number[] },
  specs: readonly ColumnSpec[],
  schema: z.ZodType<T>,
  explicit: ExplicitMapping = {},
): ValidatedRows<T> {
  const mapping = mapColumns(table.headers, specs, explicit);
  const validate = createRowValidator(mapping, specs, schema);
  const valid: { row: number; value: T }[] = [];
  const errors: RowError[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers?.[i] ?? i + 2;
    const result = validate(row, cells);
    if (result.ok) valid.push({ row, value: result.value });
    else errors.push(...result.errors);
  });
  return { mapping, valid, errors };
}
