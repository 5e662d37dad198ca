import { and, asc, gt } from 'drizzle-orm';
import { systems } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { type OutputFormat, type WrittenTable, writeTable } from '../../platform/tabular/write-table.ts';
import { SYSTEM_EXPORT_COLUMNS } from './inventory.columns.ts';
import { systemExportRow } from './inventory.presenter.ts';
import type { SystemFilter } from './inventory.schema.ts';
import { selectSystems, systemConditions } from './system-query.ts';

const PAGE = 2000;

/** The filtered 台帳, a page at a time in id order (keyset paging: constant memory). */
async function* exportRows(db: Db, filter: SystemFilter) {
  const where = systemConditions(filter);
  let after = 0;
  for (;;) {
    const rows = await selectSystems(db)
      .where(and(where, gt(systems.id, after)))
      .orderBy(asc(systems.id))
      .limit(PAGE);
    for (const row of rows) yield systemExportRow(row);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The filtered 台帳 as a CSV (UTF-8 BOM or CP932) or .xlsx download, streamed. */
export function exportSystems(db: Db, filter: SystemFilter, format: OutputFormat): Promise<WrittenTable> {
  return writeTable(format, SYSTEM_EXPORT_COLUMNS, exportRows(db, filter));
}
