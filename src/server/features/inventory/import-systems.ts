import { count, inArray } from 'drizzle-orm';
import { systems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { canAccessBody } from '../../platform/scope.ts';
import { type CommitResult, commitImport, findImportBatch } from '../../platform/tabular/commit-import.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import type { ImportTarget } from '../../platform/tabular/import-target.ts';
import { type PreviewInput, previewImport } from '../../platform/tabular/preview-import.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
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
      const orgCode = value.orgCode ?? context.defaultOrgCode;
      if (!context.knownOrgCodes.has(orgCode)) {
        return { ok: false, field: 'orgCode', message: `団体コード ${orgCode} の団体は登録されていません` };
      }
      if (!canAccessBody(context.actor, orgCode)) {
        return { ok: false, field: 'orgCode', message: `他の団体（${orgCode}）の台帳は取り込めません` };
      }
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
    beforeInsert: async (tx, batch) => {
      if (batch.mode !== 'replace' || batch.orgCodes.length === 0) return { deleted: 0 };
      const [n] = await tx
        .select({ n: count() })
        .from(systems)
        .where(inArray(systems.orgCode, batch.orgCodes));
      await tx.delete(systems).where(inArray(systems.orgCode, batch.orgCodes));
      return { deleted: n?.n ?? 0 };
    },
    afterInsert: async (tx) => {
      await announceSearchChange(tx, { kind: 'system', all: true });
    },
    afterCommit: (db) => applySearchChange(db, { kind: 'system', all: true }),
  };
}

/** Reads and checks an uploaded 台帳 file; answers the stored preview's batch. */
export async function previewSystemsImport(
  db: Db,
  actor: Actor,
  input: PreviewInput,
  onProgress?: (p: ImportProgress) => void,
) {
  const id = await previewImport(db, actor, systemsImportTarget(), input, onProgress);
  return findImportBatch(db, actor, 'systems', id);
}

/** Commits a previewed 台帳 import: all rows or none. */
export function commitSystemsImport(
  db: Db,
  actor: Actor,
  batchId: string,
  options: { requestId?: string; onProgress?: (p: ImportProgress) => void } = {},
): Promise<CommitResult> {
  return commitImport(db, actor, systemsImportTarget(), batchId, options);
}
