import { practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { replaceRowsOfBodies, rowBody } from '../../platform/tabular/body-rows.ts';
import {
  type CommitOptions,
  type CommitResult,
  commitImport,
  findImportBatch,
} from '../../platform/tabular/commit-import.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import type { ImportTarget } from '../../platform/tabular/import-target.ts';
import { type PreviewInput, previewImportBatch } from '../../platform/tabular/preview-import.ts';
import { searchImportHooks } from '../search/search-service.ts';
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
      const body = rowBody(value.orgCode, context, '施策');
      if (!body.ok) return body;
      const orgCode = body.orgCode;
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
    beforeInsert: replaceRowsOfBodies(practices, practices.orgCode),
    upsert: { entityType: 'practice' },
    ...searchImportHooks('practice'),
  };
}

/** Reads and checks an uploaded file of initiatives; answers the stored preview's batch. */
export async function previewPracticesImport(
  db: Db,
  actor: Actor,
  input: PreviewInput,
  onProgress?: (p: ImportProgress) => void,
) {
  return previewImportBatch(db, actor, practicesImportTarget(), input, onProgress);
}

/** A stored 施策 preview, to show again (its uploader or an admin; 404 otherwise). */
export function findPracticesImport(db: Db, actor: Actor, batchId: string) {
  return findImportBatch(db, actor, practicesImportTarget().kind, batchId);
}

/** Commits a previewed import of initiatives: all rows or none. */
export function commitPracticesImport(
  db: Db,
  actor: Actor,
  batchId: string,
  options: CommitOptions = {},
): Promise<CommitResult> {
  return commitImport(db, actor, practicesImportTarget(), batchId, options);
}
