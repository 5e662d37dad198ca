import { asc, eq, inArray } from 'drizzle-orm';
import { importBatchChunks, orgs, people } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { findImportBatch } from '../../platform/tabular/commit-import.ts';
import { presentImportBatch } from '../../platform/tabular/import-presenter.ts';
import type { ImportProgress } from '../../platform/tabular/import-progress.ts';
import type { ImportTarget } from '../../platform/tabular/import-target.ts';
import { type PreviewInput, previewImport } from '../../platform/tabular/preview-import.ts';
import { PERSON_COLUMNS } from './person-columns.ts';
import { type PersonRowInput, personRowSchema } from './person-row.schema.ts';

/** The kind under which people batches are stored. */
export const PEOPLE_IMPORT_KIND = 'people';

/**
 * People as a target of the shared import pipeline, for its preview: the columns of
 * {@link PERSON_COLUMNS}, each row checked by {@link personRowSchema} (the API's field schemas), a
 * 職員番号 repeated within the file reported on its second row. The rows are stored as validated
 * records; they are committed by {@link commitPeopleImport}, not by the pipeline's INSERT…SELECT,
 * since a person is created or updated with certifications, preferences and an audit entry each.
 */
async function peopleImportTarget(db: Db): Promise<ImportTarget<PersonRowInput>> {
  const bodies = await db.select({ code: orgs.code, name: orgs.name }).from(orgs);
  const seen = new Set<string>();
  return {
    kind: PEOPLE_IMPORT_KIND,
    label: '人材',
    columns: PERSON_COLUMNS,
    schema: personRowSchema(bodies),
    toStored: (value) => {
      if (seen.has(value.employeeNo)) {
        return {
          ok: false,
          field: 'employeeNo',
          message: `職員番号「${value.employeeNo}」がファイル内で重複しています`,
        };
      }
      seen.add(value.employeeNo);
      return { ok: true, orgCode: value.employerOrgCode, stored: value };
    },
    table: people,
    storedColumns: [],
  };
}

/** The stored rows of a batch, in file order. */
export async function storedPeopleRows(db: Db, batchId: string): Promise<PersonRowInput[]> {
  const chunks = await db
    .select({ rows: importBatchChunks.rows })
    .from(importBatchChunks)
    .where(eq(importBatchChunks.batchId, batchId))
    .orderBy(asc(importBatchChunks.seq));
  return chunks.flatMap((c) => c.rows as PersonRowInput[]);
}

/** Which rows create a person and which update one, matched by 職員番号. */
async function classify(db: Db, rows: PersonRowInput[]) {
  const numbers = rows.map((r) => r.employeeNo);
  const existing = new Set(
    numbers.length === 0
      ? []
      : (
          await db
            .select({ employeeNo: people.employeeNo })
            .from(people)
            .where(inArray(people.employeeNo, numbers))
        ).map((p) => p.employeeNo),
  );
  const actions = rows.map((r) => ({
    employeeNo: r.employeeNo,
    name: r.name,
    action: existing.has(r.employeeNo) ? ('update' as const) : ('create' as const),
  }));
  return {
    created: actions.filter((a) => a.action === 'create').length,
    updated: actions.filter((a) => a.action === 'update').length,
    rows: actions,
  };
}

/**
 * Reads an uploaded people file (CSV UTF-8 / UTF-8 BOM / CP932, or .xlsx) and stores a preview:
 * per-row errors, and for a clean file which rows will create a person and which update one.
 * Nothing is written to the people tables.
 */
export async function previewPeopleImport(
  db: Db,
  actor: Actor,
  input: PreviewInput,
  onProgress?: (p: ImportProgress) => void,
) {
  const batchId = await previewImport(db, actor, await peopleImportTarget(db), input, onProgress);
  return getPeopleImport(db, actor, batchId);
}

/**
 * A stored people preview, shown again (its uploader or an admin; 404 otherwise): the batch and which
 * rows create and which update a person, judged against the people as they are now.
 */
export async function getPeopleImport(db: Db, actor: Actor, batchId: string) {
  const batch = await findImportBatch(db, actor, PEOPLE_IMPORT_KIND, batchId);
  const people = await classify(db, await storedPeopleRows(db, batchId));
  return { ...presentImportBatch(batch), people };
}
