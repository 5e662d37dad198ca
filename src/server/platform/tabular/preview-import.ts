import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { importBatchChunks, importBatches, orgs } from '../../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { isUnsafeText, UNSAFE_TEXT_MESSAGE, withoutUnsafeText } from '../safe-text.ts';
import { findImportBatch } from './commit-import.ts';
import type { ImportProgress } from './import-progress.ts';
import type { ImportContext, ImportTarget } from './import-target.ts';
import { type EncodingChoice, readTableStream, type TableSource } from './read-table.ts';
import { createRowValidator, type ExplicitMapping, mapColumns, type RowError } from './validate-rows.ts';

/** Rows per stored chunk: one INSERT … SELECT each at commit. */
export const CHUNK_ROWS = 5000;
/** Per-row errors kept in the preview (all are counted). */
export const MAX_ERRORS = 1000;
/** Leading rows shown in the preview. */
const SAMPLE_ROWS = 20;
/** Rows with errors shown in the preview (with their cells). */
const MAX_FLAGGED_ROWS = 200;
/** Report progress every this many rows. */
const PROGRESS_EVERY = 5000;
/** Uncommitted previews older than this are expired (their stored rows deleted). */
const PREVIEW_TTL_HOURS = 24;

export type PreviewInput = {
  /** The file: in memory, or streamed (a request body), never held whole then. */
  source: TableSource;
  filename?: string;
  encoding: EncodingChoice;
  mapping?: ExplicitMapping;
  mode: ImportContext['mode'];
  /** Body of rows that name none; defaults to the actor's. */
  orgCode?: string;
};

/** A row as shown in the preview: its number, its cells (aligned with the headers), whether flagged. */
export type PreviewRow = { row: number; cells: string[]; flagged: boolean };

/** The preview's stored summary. */
export type PreviewSummary = {
  headers: string[];
  columns: { header: string; field: string | null; label: string | null }[];
  unmappedFields: string[];
  ignoredHeaders: string[];
  sample: PreviewRow[];
  flagged: PreviewRow[];
  orgCodes: string[];
};

/** Cells as the preview shows them: a refused character (its row is an error) shown as U+FFFD. */
function shown(cells: string[]): string[] {
  return cells.some(isUnsafeText) ? cells.map(withoutUnsafeText) : cells;
}

async function expireOldPreviews(db: Db): Promise<void> {
  const cutoff = new Date(Date.now() - PREVIEW_TTL_HOURS * 3600_000);
  const stale = db
    .select({ id: importBatches.id })
    .from(importBatches)
    .where(
      and(inArray(importBatches.status, ['processing', 'preview']), lt(importBatches.createdAt, cutoff)),
    );
  await db.delete(importBatchChunks).where(inArray(importBatchChunks.batchId, stale));
  await db
    .update(importBatches)
    .set({ status: 'failed', message: '期限切れ（取り込まれないまま24時間が経過しました）' })
    .where(
      and(inArray(importBatches.status, ['processing', 'preview']), lt(importBatches.createdAt, cutoff)),
    );
}

/**
 * Reads an uploaded table, validates every row with the target's schema and stores the result as a
 * batch in `preview` status: counts, the first {@link MAX_ERRORS} per-row errors, the mapping used,
 * sample and flagged rows; and — only when every row so far is valid — the rows as they will be
 * inserted, in chunks. Streams: memory stays bounded whatever the number of rows.
 * Returns the new batch's id.
 *
 * @throws AppError TABLE_UNREADABLE / IMPORT_EMPTY (400): nothing is kept.
 */
export async function previewImport<T>(
  db: Db,
  actor: Actor,
  target: ImportTarget<T>,
  input: PreviewInput,
  onProgress?: (progress: ImportProgress) => void,
): Promise<string> {
  await expireOldPreviews(db);
  let totalBytes = input.source instanceof Uint8Array ? input.source.byteLength : (input.source.size ?? 0);
  let bytesRead = 0;
  const table = await readTableStream(
    input.source,
    { filename: input.filename, encoding: input.encoding },
    (read, total) => {
      bytesRead = read;
      totalBytes = total;
    },
  );
  if (table.headers.length === 0 && bytesRead === 0 && totalBytes === 0) {
    throw new AppError(
      'IMPORT_NO_FILE',
      400,
      'ファイルが送信されていません。CSV か Excel（.xlsx）のファイルを選んでください。',
    );
  }
  if (table.headers.length === 0) {
    throw new AppError('IMPORT_EMPTY', 400, 'ファイルに見出し行がありません（空のファイルです）。');
  }
  // A header with NUL or a lone surrogate is an error of row 1; it is kept (as U+FFFD) only for display.
  const headerErrors: RowError[] = table.headers
    .filter(isUnsafeText)
    .map((h) => ({ row: 1, column: withoutUnsafeText(h), message: UNSAFE_TEXT_MESSAGE }));
  const headers = table.headers.map(withoutUnsafeText);
  const mapping = mapColumns(headers, target.columns, input.mapping);
  const validate = createRowValidator(mapping, target.columns, target.schema);
  const known = await db.select({ code: orgs.code }).from(orgs);
  const defaultOrgCode = input.orgCode ?? actor.orgCode;
  const [batch] = await db
    .insert(importBatches)
    .values({
      kind: target.kind,
      orgCode: actor.orgCode,
      actorId: actor.userId,
      actorLogin: actor.login,
      status: 'processing',
      filename: input.filename ?? null,
      format: table.format,
      encoding: table.encoding,
      options: { mode: input.mode, orgCode: defaultOrgCode, mapping: input.mapping ?? {} },
    })
    .returning({ id: importBatches.id });
  const batchId = batch!.id;
  const context: ImportContext = {
    actor,
    batchId,
    defaultOrgCode,
    mode: input.mode,
    knownOrgCodes: new Set(known.map((o) => o.code)),
  };
  const headerOf = new Map<string, string>();
  for (const c of mapping.columns) if (c.field !== null) headerOf.set(c.field, c.header);
  const labelOf = new Map(target.columns.map((c) => [c.field, c.label]));

  let totalRows = 0;
  let validRows = 0;
  let errorCount = headerErrors.length;
  const errors: RowError[] = [...headerErrors];
  const sample: PreviewRow[] = [];
  const flagged: PreviewRow[] = [];
  const orgCodes = new Set<string>();
  let pending: Record<string, unknown>[] = [];
  let chunkCount = 0;
  // The chunk being stored while the next one is read: on PostgreSQL the database parses and writes
  // it on another core meanwhile. At most one is in flight, so memory stays bounded.
  let storing: Promise<void> = Promise.resolve();

  const flush = async () => {
    if (pending.length === 0) return;
    const rows = JSON.stringify(pending);
    const rowCount = pending.length;
    const seq = chunkCount++;
    pending = [];
    await storing;
    storing = db
      .insert(importBatchChunks)
      .values({ batchId, seq, rowCount, rows: sql`${rows}::json` })
      .then(() => undefined);
    // Observed by the next flush or at the end; this only keeps a failure from counting as unhandled.
    storing.catch(() => undefined);
  };

  try {
    for await (const { row, cells } of table.rows) {
      totalRows++;
      let rowErrors: RowError[];
      const checked = validate(row, cells);
      if (checked.ok) {
        const stored = target.toStored(checked.value, context);
        if (stored.ok) {
          rowErrors = [];
          validRows++;
          orgCodes.add(stored.orgCode);
          if (errorCount === 0) {
            pending.push(stored.stored);
            if (pending.length >= CHUNK_ROWS) await flush();
          }
        } else {
          const column = headerOf.get(stored.field) ?? labelOf.get(stored.field) ?? stored.field;
          rowErrors = [{ row, column, message: stored.message }];
        }
      } else {
        rowErrors = checked.errors;
      }
      if (rowErrors.length > 0) {
        errorCount += rowErrors.length;
        for (const e of rowErrors) if (errors.length < MAX_ERRORS) errors.push(e);
        if (flagged.length < MAX_FLAGGED_ROWS) flagged.push({ row, cells: shown(cells), flagged: true });
        pending = [];
      }
      if (sample.length < SAMPLE_ROWS)
        sample.push({ row, cells: shown(cells), flagged: rowErrors.length > 0 });
      if (totalRows % PROGRESS_EVERY === 0) {
        onProgress?.({ phase: 'read', rows: totalRows, bytes: bytesRead, totalBytes });
      }
    }
    if (totalRows === 0) {
      throw new AppError('IMPORT_EMPTY', 400, 'ファイルにデータ行がありません（見出し行だけです）。');
    }
    if (errorCount === 0) await flush();
    await storing;
    if (errorCount > 0) await db.delete(importBatchChunks).where(eq(importBatchChunks.batchId, batchId));
  } catch (error) {
    await storing.catch(() => undefined);
    await db.delete(importBatches).where(eq(importBatches.id, batchId));
    throw error;
  }
  onProgress?.({
    phase: 'read',
    rows: totalRows,
    bytes: bytesRead,
    totalBytes: Math.max(totalBytes, bytesRead),
  });

  const summary: PreviewSummary = {
    headers,
    columns: mapping.columns.map((c) => ({
      header: c.header,
      field: c.field,
      label: c.field === null ? null : (labelOf.get(c.field) ?? null),
    })),
    unmappedFields: mapping.unmappedFields,
    ignoredHeaders: mapping.ignoredHeaders,
    sample,
    flagged,
    orgCodes: [...orgCodes].sort(),
  };
  await db
    .update(importBatches)
    .set({
      status: 'preview',
      totalRows,
      validRows,
      errorCount,
      errors,
      summary,
      chunkCount: errorCount === 0 ? chunkCount : 0,
    })
    .where(eq(importBatches.id, batchId));
  return batchId;
}

/** {@link previewImport}, answering the stored batch (as its uploader reads it). */
export async function previewImportBatch<T>(
  db: Db,
  actor: Actor,
  target: ImportTarget<T>,
  input: PreviewInput,
  onProgress?: (progress: ImportProgress) => void,
) {
  const id = await previewImport(db, actor, target, input, onProgress);
  return findImportBatch(db, actor, target.kind, id);
}
