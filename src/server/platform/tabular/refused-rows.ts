/**
 * The rows an import refused, kept with the batch: each with its cells as read and why it was
 * refused, so that a commit that skips them (skipInvalid) can hand them back as a file — the file's
 * own columns and an エラー column — to be corrected and imported again.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { importBatchRefusals } from '../../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db.ts';
import { findImportBatch } from './commit-import.ts';
import type { PreviewSummary } from './preview-import.ts';
import {
  attachmentDisposition,
  type OutputColumn,
  type OutputFormat,
  type OutputRow,
  writeTable,
} from './write-table.ts';

/** A refused row: its number in the file (Excel's), its cells, and its problems in words. */
export type RefusedRow = { row: number; cells: string[]; errors: string[] };

/** The header of the column that says why a row was refused. */
export const ERROR_HEADER = 'エラー';

/** Stores one chunk of refused rows of a batch. */
export async function storeRefusals(
  db: Db,
  batchId: string,
  seq: number,
  rows: readonly RefusedRow[],
): Promise<void> {
  if (rows.length === 0) return;
  // Rows refused when read and rows refused when their ID was looked up arrive out of order.
  const inFileOrder = [...rows].sort((a, b) => a.row - b.row);
  await db
    .insert(importBatchRefusals)
    .values({ batchId, seq, rowCount: rows.length, rows: sql`${JSON.stringify(inFileOrder)}::json` });
}

/** The refused rows of a batch in file order, read a chunk at a time. */
async function* refusedRows(db: Db, batchId: string): AsyncGenerator<RefusedRow> {
  const seqs = await db
    .select({ seq: importBatchRefusals.seq })
    .from(importBatchRefusals)
    .where(eq(importBatchRefusals.batchId, batchId))
    .orderBy(asc(importBatchRefusals.seq));
  for (const { seq } of seqs) {
    const [chunk] = await db
      .select({ rows: importBatchRefusals.rows })
      .from(importBatchRefusals)
      .where(and(eq(importBatchRefusals.batchId, batchId), eq(importBatchRefusals.seq, seq)));
    yield* (chunk?.rows ?? []) as RefusedRow[];
  }
}

/**
 * The refused rows as a table file in `format`: the headers of the uploaded file, then エラー with
 * every problem of the row (and its row number in the uploaded file).
 */
export async function writeRefusedRows(
  db: Db,
  batchId: string,
  headers: readonly string[],
  format: OutputFormat,
) {
  const columns: OutputColumn[] = [
    ...headers.map((header, i) => ({ key: `c${i}`, header })),
    { key: 'error', header: ERROR_HEADER },
  ];
  async function* rows(): AsyncGenerator<OutputRow> {
    for await (const r of refusedRows(db, batchId)) {
      const row: OutputRow = { error: `${r.row}行目: ${r.errors.join(' / ')}` };
      headers.forEach((_, i) => {
        row[`c${i}`] = r.cells[i] ?? '';
      });
      yield row;
    }
  }
  return writeTable(format, columns, rows());
}

/**
 * The refused rows of a batch as a file, for its uploader (or an admin; 404 otherwise): the file's
 * columns and エラー, named after the upload.
 */
export async function exportRefusedRows(
  db: Db,
  actor: Actor,
  kind: string,
  batchId: string,
  format: OutputFormat,
) {
  const batch = await findImportBatch(db, actor, kind, batchId);
  const headers = (batch.summary as Partial<PreviewSummary>).headers ?? [];
  const table = await writeRefusedRows(db, batchId, headers, format);
  const base = (batch.filename ?? '取込').replace(/\.[^.]*$/, '');
  return { ...table, filename: `${base}_エラーの行.${table.extension}` };
}

/** The answer carrying a file of refused rows as a download. */
export function refusedRowsResponse(file: Awaited<ReturnType<typeof exportRefusedRows>>): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': attachmentDisposition(file.filename),
      'cache-control': 'no-store',
    },
  });
}
