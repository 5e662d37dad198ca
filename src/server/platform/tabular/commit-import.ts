import { asc, eq, getTableName, sql } from 'drizzle-orm';
import { importBatchChunks, importBatches } from '../../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import { type Db, queryRows } from '../db.ts';
import { AppError, errors } from '../errors.ts';
import { notifyImportFinished } from './import-notifications.ts';
import type { ImportProgress } from './import-progress.ts';
import type { ImportBatchInfo, ImportTarget } from './import-target.ts';
import type { PreviewSummary, StoredImportOptions } from './preview-import.ts';
import { applyUpserts } from './upsert-rows.ts';
import { type RowError, refusesHeader } from './validate-rows.ts';

/** What a commit did: rows added, records updated, rows equal to their record, rows refused (skipped). */
export type CommitResult = {
  batchId: string;
  inserted: number;
  updated: number;
  unchanged: number;
  refused: number;
  facts: Record<string, unknown>;
};

/** How to commit: `skipInvalid` takes the valid rows of a batch that has refused ones. */
export type CommitOptions = {
  requestId?: string;
  onProgress?: (progress: ImportProgress) => void;
  skipInvalid?: boolean;
};

/** The batch if the actor may see it: its uploader, or an admin. 404 otherwise (existence is private). */
export async function findImportBatch(db: Db, actor: Actor, kind: string, batchId: string) {
  const [batch] = await db.select().from(importBatches).where(eq(importBatches.id, batchId)).limit(1);
  const mine = batch && (batch.actorLogin === actor.login || actor.role === 'admin');
  if (!batch || batch.kind !== kind || !mine) throw errors.notFound('取込データ');
  return batch;
}

/** A batch as its uploader's notification describes it. */
const finished = <T>(target: ImportTarget<T>, batch: typeof importBatches.$inferSelect) => ({
  batchId: batch.id,
  kind: batch.kind,
  label: target.label,
  filename: batch.filename,
  uploaderId: batch.actorId,
});

/**
 * Commits a previewed batch in ONE transaction: the target's beforeInsert (e.g. replace-mode
 * deletes), every stored chunk's new rows inserted with INSERT … SELECT from the stored JSON (no row
 * passes through this process again) and, in upsert mode, its rows with an ID updating their
 * records (audited one by one); the batch marked committed, its chunks deleted, and one audit entry
 * with the counts. A batch with refused rows commits only with `skipInvalid` (its valid rows; the
 * refused ones stay downloadable). A crash or kill at any point leaves the target table as it was.
 *
 * @throws AppError 404 unknown batch; 409 IMPORT_ALREADY_COMMITTED / IMPORT_NOT_READY /
 *   IMPORT_RECORDS_GONE; 412 STALE_VERSION (a record changed since the preview);
 *   400 IMPORT_HAS_ERRORS (nothing written while any row is invalid, unless skipInvalid).
 */
export async function commitImport<T>(
  db: Db,
  actor: Actor,
  target: ImportTarget<T>,
  batchId: string,
  options: CommitOptions = {},
): Promise<CommitResult> {
  await findImportBatch(db, actor, target.kind, batchId);
  const table = sql.identifier(getTableName(target.table));
  const columns = sql.join(
    target.storedColumns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const result = await db
    .transaction(async (tx) => {
      // Lock the batch: a second commit of the same batch waits here, then sees it committed.
      await tx.execute(sql`SELECT id FROM import_batches WHERE id = ${batchId} FOR UPDATE`);
      const [batch] = await tx.select().from(importBatches).where(eq(importBatches.id, batchId));
      if (!batch) throw errors.notFound('取込データ');
      if (batch.status === 'committed') {
        throw new AppError('IMPORT_ALREADY_COMMITTED', 409, 'この取込データは既に取り込み済みです。');
      }
      if (batch.status !== 'preview') {
        throw new AppError(
          'IMPORT_NOT_READY',
          409,
          'この取込データは取り込めない状態です（読込中か失敗・期限切れ）。ファイルをもう一度選んでください。',
        );
      }
      const refused = batch.totalRows - batch.validRows;
      if (batch.errorCount > 0 && (!options.skipInvalid || refusesHeader(batch.errors as RowError[]))) {
        throw new AppError(
          'IMPORT_HAS_ERRORS',
          400,
          `エラーのある行が ${refused} 行あります。ファイルを修正してもう一度読み込むか、エラーの行を除いて取り込んでください（何も取り込んでいません）。`,
        );
      }
      const summary = batch.summary as PreviewSummary;
      const stored = batch.options as StoredImportOptions;
      const counts = summary.counts ?? { created: batch.validRows, updated: 0, unchanged: 0 };
      const info: ImportBatchInfo = {
        id: batch.id,
        kind: batch.kind,
        mode: stored.mode,
        orgCodes: summary.orgCodes ?? [],
        rows: batch.validRows,
      };
      const facts = (await target.beforeInsert?.(tx, info)) ?? {};
      const chunks = await tx
        .select({ seq: importBatchChunks.seq, rowCount: importBatchChunks.rowCount })
        .from(importBatchChunks)
        .where(eq(importBatchChunks.batchId, batchId))
        .orderBy(asc(importBatchChunks.seq));
      let inserted = 0;
      let updated = 0;
      let written = 0;
      const toWrite = counts.created + counts.updated;
      options.onProgress?.({ phase: 'commit', rows: 0, totalRows: toWrite });
      for (const chunk of chunks) {
        const [added] = await queryRows<{ n: number | string }>(
          tx,
          sql`WITH ins AS (
            INSERT INTO ${table} (${columns})
            SELECT ${columns} FROM import_batch_chunks c, json_populate_recordset(NULL::${table}, c.rows) r
            WHERE c.batch_id = ${batchId} AND c.seq = ${chunk.seq} AND r.id IS NULL
            RETURNING 1
          ) SELECT count(*) AS n FROM ins`,
        );
        inserted += Number(added?.n ?? 0);
        if (info.mode === 'upsert' && target.upsert) {
          updated += await applyUpserts(
            tx,
            actor,
            target.table,
            { batchId, seq: chunk.seq },
            stored.updateColumns ?? [],
            { entityType: target.upsert.entityType, requestId: options.requestId },
          );
        }
        written += chunk.rowCount;
        options.onProgress?.({ phase: 'commit', rows: written, totalRows: toWrite });
      }
      if (inserted !== counts.created) {
        throw new Error(
          `import ${batchId}: ${inserted} rows inserted but ${counts.created} previewed as new`,
        );
      }
      await target.afterInsert?.(tx, info);
      await notifyImportFinished(tx, finished(target, batch), { inserted });
      await tx.delete(importBatchChunks).where(eq(importBatchChunks.batchId, batchId));
      await tx
        .update(importBatches)
        .set({
          status: 'committed',
          committedAt: new Date(),
          insertedRows: inserted + updated,
          chunkCount: 0,
        })
        .where(eq(importBatches.id, batchId));
      const unchanged = counts.unchanged + (counts.updated - updated);
      await writeAudit(
        tx,
        actor,
        {
          action: `${target.kind}.import`,
          entityType: 'import_batch',
          entityId: batchId,
          after: {
            kind: target.kind,
            filename: batch.filename,
            mode: info.mode,
            rows: inserted,
            updated,
            unchanged,
            refused: batch.errorCount > 0 ? refused : 0,
            orgCodes: info.orgCodes,
            ...facts,
          },
        },
        options.requestId,
      );
      return {
        info,
        result: { batchId, inserted, updated, unchanged, refused: batch.errorCount > 0 ? refused : 0, facts },
      };
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof AppError)) {
        const message = error instanceof Error ? error.message : String(error);
        await db.transaction(async (tx) => {
          const [batch] = await tx
            .update(importBatches)
            .set({ status: 'failed', message })
            .where(eq(importBatches.id, batchId))
            .returning();
          if (batch) await notifyImportFinished(tx, finished(target, batch), { error: message });
        });
      }
      throw error;
    });
  await target.afterCommit?.(db, result.info);
  return result.result;
}
