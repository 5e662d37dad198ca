import { count, inArray } from 'drizzle-orm';
import { practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { canAccessBody } from '../../platform/scope.ts';
import { type CommitResult, commitImport, findImportBatch } from '../../platform/tabular/commit-import.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import type { ImportTarget } from '../../platform/tabular/import-target.ts';
import { type PreviewInput, previewImport } from '../../platform/tabular/preview-import.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { practiceValues } from './create-practice.ts';
import { PRACTICE_COLUMNS } from './practices.columns.ts';
import { type PracticeCreateInput, PracticeCreateSchema } from './practices.schema.ts';

const STORED_COLUMNS = [
  'org_code',
  'title',
  'category',
  'fiscal_year',
  'themes',
  'funding',
  'status',
  'summary',
  'outcome',
  'contact',
  'import_batch_id',
] as const;

/** Initiatives as an import target: rows checked with the API's PracticeCreateSchema. */
export function practicesImportTarget(): ImportTarget<PracticeCreateInput> {
  return {
    kind: 'practices',
    label: 'DX施策・好事例',
    columns: PRACTICE_COLUMNS,
    schema: PracticeCreateSchema,
    table: practices,
    storedColumns: STORED_COLUMNS,
    toStored: (value, context) => {
      const orgCode = value.orgCode ?? context.defaultOrgCode;
      if (!context.knownOrgCodes.has(orgCode)) {
        return { ok: false, field: 'orgCode', message: `団体コード ${orgCode} の団体は登録されていません` };
      }
      if (!canAccessBody(context.actor, orgCode)) {
        return { ok: false, field: 'orgCode', message: `他の団体（${orgCode}）の施策は取り込めません` };
      }
      const v = practiceValues(value, orgCode);
      return {
        ok: true,
        orgCode,
        stored: {
          org_code: v.orgCode,
          title: v.title,
          category: v.category,
          fiscal_year: v.fiscalYear,
          themes: v.themes,
          funding: v.funding,
          status: v.status,
          summary: v.summary,
          outcome: v.outcome,
          contact: v.contact,
          import_batch_id: context.batchId,
        },
      };
    },
    beforeInsert: async (tx, batch) => {
      if (batch.mode !== 'replace' || batch.orgCodes.length === 0) return { deleted: 0 };
      const [n] = await tx
        .select({ n: count() })
        .from(practices)
        .where(inArray(practices.orgCode, batch.orgCodes));
      await tx.delete(practices).where(inArray(practices.orgCode, batch.orgCodes));
      return { deleted: n?.n ?? 0 };
    },
    afterInsert: (tx) => announceSearchChange(tx, { kind: 'practice', all: true }),
    afterCommit: (db) => applySearchChange(db, { kind: 'practice', all: true }),
  };
}

/** Reads and checks an uploaded file of initiatives; answers the stored preview's batch. */
export async function previewPracticesImport(
  db: Db,
  actor: Actor,
  input: PreviewInput,
  onProgress?: (p: ImportProgress) => void,
) {
  const id = await previewImport(db, actor, practicesImportTarget(), input, onProgress);
  return findImportBatch(db, actor, 'practices', id);
}

/** Commits a previewed import of initiatives: all rows or none. */
export function commitPracticesImport(
  db: Db,
  actor: Actor,
  batchId: string,
  options: { requestId?: string; onProgress?: (p: ImportProgress) => void } = {},
): Promise<CommitResult> {
  return commitImport(db, actor, practicesImportTarget(), batchId, options);
}
