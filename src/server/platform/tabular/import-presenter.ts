import type { importBatches } from '../../../db/schema/index.ts';
import type { CommitResult } from './commit-import.ts';
import type { ImportMode } from './import-target.ts';
import type { PreviewSummary } from './preview-import.ts';
import { type RowError, refusesHeader } from './validate-rows.ts';

/** The public shape of an import batch: the preview the user checks before committing. */
export function presentImportBatch(b: typeof importBatches.$inferSelect) {
  const summary = b.summary as Partial<PreviewSummary>;
  const options = b.options as { mode?: ImportMode };
  return {
    batchId: b.id,
    kind: b.kind,
    status: b.status,
    filename: b.filename,
    format: b.format,
    encoding: b.encoding,
    mode: options.mode ?? 'append',
    totalRows: b.totalRows,
    validRows: b.validRows,
    invalidRows: b.totalRows - b.validRows,
    errorCount: b.errorCount,
    errors: b.errors as RowError[],
    headers: summary.headers ?? [],
    columns: summary.columns ?? [],
    unmappedFields: summary.unmappedFields ?? [],
    ignoredHeaders: summary.ignoredHeaders ?? [],
    sample: summary.sample ?? [],
    flagged: summary.flagged ?? [],
    orgCodes: summary.orgCodes ?? [],
    counts: {
      created: summary.counts?.created ?? b.validRows,
      updated: summary.counts?.updated ?? 0,
      unchanged: summary.counts?.unchanged ?? 0,
      errors: b.totalRows - b.validRows,
    },
    canCommit: b.status === 'preview' && b.errorCount === 0 && b.validRows > 0,
    canCommitSkippingInvalid:
      b.status === 'preview' &&
      b.errorCount > 0 &&
      !refusesHeader(b.errors as RowError[]) &&
      (summary.counts?.created ?? b.validRows) + (summary.counts?.updated ?? 0) > 0,
    insertedRows: b.insertedRows,
    createdAt: b.createdAt.toISOString(),
    committedAt: b.committedAt?.toISOString() ?? null,
  };
}

/**
 * The answer of a commit of the generic pipeline: counts, and where the refused rows can be
 * downloaded (`refusedUrl`, e.g. /api/systems/import/{id}/refused) when some were skipped.
 */
export function presentCommitResult(r: CommitResult, refusedUrl: string) {
  return {
    batchId: r.batchId,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    deleted: Number(r.facts.deleted ?? 0),
    refused: r.refused,
    refusedFile:
      r.refused > 0 ? { csv: `${refusedUrl}?format=csv`, xlsx: `${refusedUrl}?format=xlsx` } : null,
  };
}
