import { systems } from '../../../db/schema/index.ts';
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
import { systemValues } from './create-system.ts';
import { SYSTEM_COLUMNS } from './inventory.columns.ts';
import { type SystemCreateInput, SystemCreateSchema } from './inventory.schema.ts';

/** Columns of `systems` that imported rows fill (snake_case, as the table names them). */
const STORED_COLUMNS = [
  'org_code',
  'name',
  'business',
  'category',
  'unit',
  'vendor',
  'product',
  'hosting',
  'contract_start',
  'contract_end',
  'yearly_cost',
  'users',
  'personal_data',
  'status',
  'migration_step',
  'migration_target_date',
  'note',
  'import_batch_id',
] as const;

/**
 * The 台帳 as an import target: rows checked with the API's SystemCreateSchema; a row without a body
 * code belongs to the chosen (default: the actor's) body; a row of a body the actor may not edit is an
 * error. Replace mode deletes the named bodies' current systems in the commit's transaction.
 */
export function systemsImportTarget(): ImportTarget<SystemCreateInput> {
  return {
    kind: 'systems',
    label: '情報システム台帳',
    columns: SYSTEM_COLUMNS,
    schema: SystemCreateSchema,
    table: systems,
    storedColumns: STORED_COLUMNS,
    toStored: (value, context) => {
      const body = rowBody(value.orgCode, context, '台帳');
      if (!body.ok) return body;
      const orgCode = body.orgCode;
      const v = systemValues(value, orgCode);
      return {
        ok: true,
        orgCode,
        stored: {
          org_code: v.orgCode,
          name: v.name,
          business: v.business,
          category: v.category,
          unit: v.unit,
          vendor: v.vendor,
          product: v.product,
          hosting: v.hosting,
          contract_start: v.contractStart,
          contract_end: v.contractEnd,
          yearly_cost: v.yearlyCost,
          users: v.users,
          personal_data: v.personalData,
          status: v.status,
          migration_step: v.migrationStep,
          migration_target_date: v.migrationTargetDate,
          note: v.note,
          import_batch_id: context.batchId,
        },
      };
    },
    beforeInsert: replaceRowsOfBodies(systems, systems.orgCode),
    upsert: { entityType: 'system' },
    ...searchImportHooks('system'),
  };
}

/** Reads and checks an uploaded 台帳 file; answers the stored preview's batch. */
export async function previewSystemsImport(
  db: Db,
  actor: Actor,
  input: PreviewInput,
  onProgress?: (p: ImportProgress) => void,
) {
  return previewImportBatch(db, actor, systemsImportTarget(), input, onProgress);
}

/** A stored 台帳 preview, to show again (its uploader or an admin; 404 otherwise). */
export function findSystemsImport(db: Db, actor: Actor, batchId: string) {
  return findImportBatch(db, actor, systemsImportTarget().kind, batchId);
}

/** Commits a previewed 台帳 import: all rows or none. */
export function commitSystemsImport(
  db: Db,
  actor: Actor,
  batchId: string,
  options: CommitOptions = {},
): Promise<CommitResult> {
  return commitImport(db, actor, systemsImportTarget(), batchId, options);
}
