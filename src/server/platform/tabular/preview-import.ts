import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { importBatchChunks, importBatches, importBatchRefusals, orgs } from '../../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db.ts';
import { AppError } from '../errors.ts';
import { isUnsafeText, UNSAFE_TEXT_MESSAGE, withoutUnsafeText } from '../safe-text.ts';
import { findImportBatch } from './commit-import.ts';
import type { ImportProgress } from './import-progress.ts';
import type { ImportContext, ImportMode, ImportTarget } from './import-target.ts';
import { type EncodingChoice, readTableStream, type TableSource } from './read-table.ts';
import { type RefusedRow, storeRefusals } from './refused-rows.ts';
import {
  idIssue,
  judgeUpserts,
  UPSERT_ID_COLUMN,
  type UpsertCandidate,
  type UpsertVerdict,
  updatedColumns,
} from './upsert-rows.ts';
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
export const PREVIEW_TTL_HOURS = 24;

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

/** What the rows will do: 新規 (added), 更新 (update a record), 変更なし (equal to the record). */
export type PreviewCounts = { created: number; updated: number; unchanged: number };

/** The preview's stored summary. */
export type PreviewSummary = {
  headers: string[];
  columns: { header: string; field: string | null; label: string | null }[];
  unmappedFields: string[];
  ignoredHeaders: string[];
  sample: PreviewRow[];
  flagged: PreviewRow[];
  orgCodes: string[];
  counts?: PreviewCounts;
};

/** The options a batch is stored with. */
export type StoredImportOptions = {
  mode: ImportMode;
  orgCode: string;
  mapping: ExplicitMapping;
  /** Upsert: the columns the file has, which updates change. */
  updateColumns?: string[];
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
  // Refused rows stay downloadable for a day after the upload, committed or not.
  await db
    .delete(importBatchRefusals)
    .where(
      inArray(
        importBatchRefusals.batchId,
        db.select({ id: importBatches.id }).from(importBatches).where(lt(importBatches.createdAt, cutoff)),
      ),
    );
  await db
    .update(importBatches)
    .set({ status: 'failed', message: '期限切れ（取り込まれないまま24時間が経過しました）' })
    .where(
      and(inArray(importBatches.status, ['processing', 'preview']), lt(importBatches.createdAt, cutoff)),
    );
}

/** The target's schema with the ID column of upsert mode in front of it. */
function withRowId<T>(schema: z.ZodType<T>) {
  return z.intersection(z.object({ id: z.number().int().optional() }), schema);
}

type Pending = UpsertCandidate & { orgCode: string };

/**
 * Reads an uploaded table, validates every row with the target's schema and stores the result as a
 * batch in `preview` status: counts (新規 / 更新 / 変更なし / エラー), the first {@link MAX_ERRORS}
 * per-row errors, the mapping used, sample and flagged rows; the valid rows as they will be written,
 * in chunks, and the refused rows with their cells and problems (so a commit may skip them and hand
 * them back). In upsert mode a row with an ID is judged against the record it names. Streams: memory
 * stays bounded whatever the number of rows. Returns the new batch's id.
 *
 * @throws AppError TABLE_UNREADABLE / IMPORT_EMPTY / IMPORT_MODE_UNSUPPORTED (400): nothing is kept.
 */
export async function previewImport<T>(
  db: Db,
  actor: Actor,
  target: ImportTarget<T>,
  input: PreviewInput,
  onProgress?: (progress: ImportProgress) => void,
): Promise<string> {
  const upsert = input.mode === 'upsert';
  if (upsert && !target.upsert) {
    throw new AppError(
      'IMPORT_MODE_UNSUPPORTED',
      400,
      `${target.label}は更新モード（ID で照合）では取り込めません。追加か置き換えを選んでください。`,
    );
  }
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
  const specs = upsert ? [UPSERT_ID_COLUMN, ...target.columns] : target.columns;
  const mapping = mapColumns(headers, specs, input.mapping);
  const validate = createRowValidator(mapping, specs, withRowId(target.schema));
  const mappedFields = mapping.columns.flatMap((c) => (c.field === null ? [] : [c.field]));
  const updateColumns = upsert ? updatedColumns(target.table, mappedFields, target.storedColumns) : [];
  const known = await db.select({ code: orgs.code }).from(orgs);
  const defaultOrgCode = input.orgCode ?? actor.orgCode;
  const options: StoredImportOptions = {
    mode: input.mode,
    orgCode: defaultOrgCode,
    mapping: input.mapping ?? {},
    ...(upsert ? { updateColumns } : {}),
  };
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
      options,
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
  const labelOf = new Map(specs.map((c) => [c.field, c.label]));
  const columnOf = (field: string) => headerOf.get(field) ?? labelOf.get(field) ?? field;

  let totalRows = 0;
  let errorCount = headerErrors.length;
  const counts: PreviewCounts = { created: 0, updated: 0, unchanged: 0 };
  const errors: RowError[] = [...headerErrors];
  const sample: PreviewRow[] = [];
  const flagged: PreviewRow[] = [];
  const orgCodes = new Set<string>();
  const seenIds = new Map<number, number>();
  let pending: Pending[] = [];
  let refused: RefusedRow[] = [];
  let chunkCount = 0;
  let refusalCount = 0;
  // The chunk being stored while the next one is read: on PostgreSQL the database parses and writes
  // it on another core meanwhile. At most one is in flight, so memory stays bounded.
  let storing: Promise<void> = Promise.resolve();

  const refuse = async (row: number, cells: string[], rowErrors: RowError[]) => {
    errorCount += rowErrors.length;
    for (const e of rowErrors) if (errors.length < MAX_ERRORS) errors.push(e);
    if (flagged.length < MAX_FLAGGED_ROWS) flagged.push({ row, cells: shown(cells), flagged: true });
    const sampled = sample.find((s) => s.row === row);
    if (sampled) sampled.flagged = true;
    refused.push({
      row,
      cells: cells.map(withoutUnsafeText),
      errors: rowErrors.map((e) => `${e.column}：${e.message}`),
    });
    if (refused.length >= CHUNK_ROWS) {
      await storeRefusals(db, batchId, refusalCount++, refused);
      refused = [];
    }
  };

  const store = async (rows: Record<string, unknown>[]) => {
    if (rows.length === 0) return;
    const json = JSON.stringify(rows);
    const seq = chunkCount++;
    await storing;
    storing = db
      .insert(importBatchChunks)
      .values({ batchId, seq, rowCount: rows.length, rows: sql`${json}::json` })
      .then(() => undefined);
    // Observed by the next store or at the end; this only keeps a failure from counting as unhandled.
    storing.catch(() => undefined);
  };

  /** Settles the rows read so far: rows with an ID judged against their records, then stored. */
  const settle = async () => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    const verdicts = upsert
      ? await judgeUpserts(db, actor, target.table, rows, updateColumns)
      : new Map<UpsertCandidate, UpsertVerdict>();
    const kept: Record<string, unknown>[] = [];
    for (const p of rows) {
      const verdict = verdicts.get(p);
      if (verdict?.kind === 'error') {
        await refuse(p.row, p.cells, [{ row: p.row, column: columnOf('id'), message: verdict.message }]);
        continue;
      }
      if (verdict?.kind === 'unchanged') {
        counts.unchanged++;
        continue;
      }
      orgCodes.add(p.orgCode);
      if (verdict?.kind === 'update') {
        counts.updated++;
        kept.push(verdict.stored);
      } else {
        counts.created++;
        kept.push(p.stored);
      }
    }
    await store(kept);
  };

  try {
    for await (const { row, cells } of table.rows) {
      totalRows++;
      let rowErrors: RowError[] = [];
      const checked = validate(row, cells);
      if (checked.ok) {
        const { id, ...value } = checked.value as T & { id?: number };
        const stored = target.toStored(value as T, context);
        const firstWithId = id === undefined ? undefined : seenIds.get(id);
        const problem = id === undefined ? undefined : idIssue(id);
        if (problem) {
          rowErrors = [{ row, column: columnOf('id'), message: problem }];
        } else if (firstWithId !== undefined) {
          rowErrors = [
            {
              row,
              column: columnOf('id'),
              message: `ID ${id} の行がファイル内で重複しています（${firstWithId}行目）`,
            },
          ];
        } else if (!stored.ok) {
          rowErrors = [{ row, column: columnOf(stored.field), message: stored.message }];
        } else {
          if (id !== undefined) seenIds.set(id, row);
          pending.push({ row, cells, id, stored: stored.stored, orgCode: stored.orgCode });
          if (pending.length >= CHUNK_ROWS) await settle();
        }
      } else {
        rowErrors = checked.errors;
      }
      if (sample.length < SAMPLE_ROWS)
        sample.push({ row, cells: shown(cells), flagged: rowErrors.length > 0 });
      if (rowErrors.length > 0) await refuse(row, cells, rowErrors);
      if (totalRows % PROGRESS_EVERY === 0) {
        onProgress?.({ phase: 'read', rows: totalRows, bytes: bytesRead, totalBytes });
      }
    }
    if (totalRows === 0) {
      throw new AppError('IMPORT_EMPTY', 400, 'ファイルにデータ行がありません（見出し行だけです）。');
    }
    await settle();
    await storing;
    await storeRefusals(db, batchId, refusalCount++, refused);
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

  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
  const summary: PreviewSummary = {
    headers,
    columns: mapping.columns.map((c) => ({
      header: c.header,
      field: c.field,
      label: c.field === null ? null : (labelOf.get(c.field) ?? null),
    })),
    unmappedFields: mapping.unmappedFields.filter((label) => label !== UPSERT_ID_COLUMN.label),
    ignoredHeaders: mapping.ignoredHeaders,
    sample,
    flagged: flagged.sort(byRow),
    orgCodes: [...orgCodes].sort(),
    counts,
  };
  await db
    .update(importBatches)
    .set({
      status: 'preview',
      totalRows,
      validRows: counts.created + counts.updated + counts.unchanged,
      errorCount,
      errors: errors.sort(byRow),
      summary,
      chunkCount,
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
