import { eq, inArray, sql } from 'drizzle-orm';
import { importBatchChunks, importBatches, people } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { findImportBatch } from '../../platform/tabular/commit-import.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import type { PreviewSummary } from '../../platform/tabular/preview-import.ts';
import { insertPerson } from './create-person.ts';
import { PEOPLE_IMPORT_KIND, storedPeopleRows } from './import-people.ts';
import type { PersonRowInput } from './person-row.schema.ts';
import { applyPersonChanges, type PersonChanges } from './update-person.ts';

/** The batch, locked for this transaction, if it may be committed (the pipeline's rules and messages). */
async function lockCommittable(tx: Db, batchId: string) {
  await tx.execute(sql`SELECT id FROM import_batches WHERE id = ${batchId} FOR UPDATE`);
  const [batch] = await tx.select().from(importBatches).where(eq(importBatches.id, batchId));
  if (!batch) throw new AppError('NOT_FOUND', 404, '取込データが見つかりません。');
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
  return batch;
}

/** An update changes only the fields the file has a column for; a missing column keeps what is stored. */
function changesOf(row: PersonRowInput, fields: ReadonlySet<string>): PersonChanges {
  return Object.fromEntries(Object.entries(row).filter(([field]) => fields.has(field))) as PersonChanges;
}

/** A row's failure at commit, named by its 職員番号 (the whole commit is rolled back). */
function atRow(row: PersonRowInput, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const detail = error.issues?.map((i) => `${i.path}: ${i.message}`).join('、');
  return new AppError(
    error.code,
    error.status,
    `職員番号「${row.employeeNo}」の行: ${detail ?? error.message}（何も取り込んでいません）`,
    error.issues,
  );
}

/**
 * Commits a previewed people import in ONE transaction: rows whose 職員番号 exists update that
 * person (only the columns the file has), the others create a person; each through the same code
 * as the API, audited per person, plus one entry for the batch. Any failure writes nothing.
 *
 * @throws AppError 404 unknown batch; 409 IMPORT_ALREADY_COMMITTED / IMPORT_NOT_READY;
 *   400 IMPORT_HAS_ERRORS.
 */
export async function commitPeopleImport(
  db: Db,
  actor: Actor,
  batchId: string,
  options: { requestId?: string; onProgress?: (p: ImportProgress) => void } = {},
) {
  await findImportBatch(db, actor, PEOPLE_IMPORT_KIND, batchId);
  const { requestId } = options;
  return db
    .transaction(async (tx) => {
      const batch = await lockCommittable(tx, batchId);
      const rows = await storedPeopleRows(tx, batchId);
      const summary = batch.summary as PreviewSummary;
      const fields = new Set(summary.columns.flatMap((c) => (c.field ? [c.field] : [])));
      const numbers = rows.map((r) => r.employeeNo);
      const existing = new Map(
        (numbers.length === 0
          ? []
          : await tx.select().from(people).where(inArray(people.employeeNo, numbers))
        ).map((p) => [p.employeeNo, p]),
      );
      let created = 0;
      let updated = 0;
      for (const row of rows) {
        const before = existing.get(row.employeeNo);
        try {
          if (before) {
            await applyPersonChanges(tx, actor, before, changesOf(row, fields), {
              action: 'person.import',
              requestId,
            });
            updated++;
          } else {
            await insertPerson(
              tx,
              actor,
              { ...row, accountLogin: null },
              { action: 'person.import', requestId },
            );
            created++;
          }
        } catch (error) {
          throw atRow(row, error);
        }
        options.onProgress?.({ phase: 'commit', rows: created + updated, totalRows: rows.length });
      }
      await tx.delete(importBatchChunks).where(eq(importBatchChunks.batchId, batchId));
      await tx
        .update(importBatches)
        .set({ status: 'committed', committedAt: new Date(), insertedRows: created + updated, chunkCount: 0 })
        .where(eq(importBatches.id, batchId));
      await writeAudit(
        tx,
        actor,
        {
          action: 'people.import',
          entityType: 'import_batch',
          entityId: batchId,
          after: { kind: PEOPLE_IMPORT_KIND, filename: batch.filename, created, updated },
        },
        requestId,
      );
      return { batchId, inserted: created + updated, deleted: 0, created, updated };
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof AppError)) {
        const message = error instanceof Error ? error.message : String(error);
        await db
          .update(importBatches)
          .set({ status: 'failed', message })
          .where(eq(importBatches.id, batchId));
      }
      throw error;
    });
}
