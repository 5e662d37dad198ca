import { currentFiscalYear, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { seesAllBodies } from '../../../domain/roles.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { type OutputFormat, type OutputRow, writeTable } from '../../platform/tabular/write-table.ts';
import { listAllPeople } from './list-people.ts';
import { exportColumns, exportRow } from './person-columns.ts';
import { loadPersonDetails } from './person-details.ts';
import type { PeopleFilter } from './talent.query.ts';

const CHUNK = 500;

/**
 * The roster as CSV (UTF-8 with BOM, or CP932) or .xlsx with Japanese headers: the people the actor
 * may see that match the filters, in ふりがな order, with the assignments of the 年度. Personal columns
 * (勤務希望地, 居住地, キャリア目標) only for program-wide roles. The export is recorded in the audit log.
 */
export async function exportPeople(
  db: Db,
  actor: Actor,
  filter: PeopleFilter,
  format: OutputFormat,
  requestId?: string,
) {
  const fiscalYear = filter.fiscalYear ?? currentFiscalYear();
  const withPersonal = seesAllBodies(actor.role);
  const people = (await listAllPeople(db, actor, filter)).map((v) => v.person);
  async function* rows(): AsyncGenerator<OutputRow> {
    for (let i = 0; i < people.length; i += CHUNK) {
      const chunk = people.slice(i, i + CHUNK);
      const details = await loadPersonDetails(db, chunk, fiscalYear);
      for (const p of chunk) yield exportRow(p, details, withPersonal);
    }
  }
  await writeAudit(
    db,
    actor,
    {
      action: 'person.export',
      entityType: 'person',
      entityId: '*',
      after: { format, filter, rows: people.length, personalColumns: withPersonal },
    },
    requestId,
  );
  const table = await writeTable(format, exportColumns(withPersonal), rows());
  return { ...table, filename: `共通人材名簿_${formatFiscalYear(fiscalYear)}.${table.extension}` };
}
