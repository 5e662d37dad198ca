import { asc, eq, getTableName, sql } from 'drizzle-orm';
import { importBatchChunks, importBatches } from '../../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { Db } from '../db.ts';
import { AppError, errors } from '../errors.ts';
import { notifyImportFinished } from './import-notifications.ts';
import type { ImportProgress } from './import-progress.ts';
import type { ImportBatchInfo, ImportMode, ImportTarget } from './import-target.ts';
import type { PreviewSummary } from './preview-import.ts';

/** What a commit did. */
export type CommitResult = { batchId: string; inserted: number; facts: Record<string, unknown> };

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
 * deletes), every stored chunk inserted with INSERT … SELECT from the stored JSON (no row passes
 * through this process again), the batch marked committed, its chunks deleted, and a single audit
 * entry with the counts. A crash or kill at any point leaves the target table as it was.
 *
 * @throws AppError 404 unknown batch; 409 IMPORT_ALREADY_COMMITTED / IMPORT_NOT_READY;
 *   400 IMPORT_HAS_ERRORS (nothing written while any row is invalid).
 */
export async function commitImport<T>(
  db: Db,
  actor: Actor,
  target: ImportTarget<T>,
  batchId: string,
  options: { requestId?: string; onProgress?: (progress: ImportProgress) => void } = {},
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
      if (batch.errorCount > 0) {
        throw new AppError(
          'IMPORT_HAS_ERRORS',
          400,
          `エラーのある行が ${batch.totalRows - batch.validRows} 行あります。ファイルを修正してもう一度読み込んでください（何も取り込んでいません）。`,
        );
      }
      const summary = batch.summary as PreviewSummary;
      const stored = batch.options as { mode: ImportMode };
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
      options.onProgress?.({ phase: 'commit', rows: 0, totalRows: batch.validRows });
      for (const chunk of chunks) {
        await tx.execute(
          sql`INSERT INTO ${table} (${columns})
            SELECT ${columns} FROM import_batch_chunks c, json_populate_recordset(NULL::${table}, c.rows) r
            WHERE c.batch_id = ${batchId} AND c.seq = ${chunk.seq}`,
        );
        inserted += chunk.rowCount;
        options.onProgress?.({ phase: 'commit', rows: inserted, totalRows: batch.validRows });
      }
      if (inserted !== batch.validRows) {
        throw new Error(`import ${batchId}: ${inserted} rows stored but ${batch.validRows} validated`);
      }
      await target.afterInsert?.(tx, info);
      await notifyImportFinished(tx, finished(target, batch), { inserted });
      await tx.delete(importBatchChunks).where(eq(importBatchChunks.batchId, batchId));
      await tx
        .update(importBatches)
        .set({ status: 'committed', committedAt: new Date(), insertedRows: inserted, chunkCount: 0 })
        .where(eq(importBatches.id, batchId));
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
            orgCodes: info.orgCodes,
            ...facts,
          },
        },
        options.requestId,
      );
      return { info, result: { batchId, inserted, facts } };
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
