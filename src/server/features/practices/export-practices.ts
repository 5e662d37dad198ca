import { and, asc, gt } from 'drizzle-orm';
import { practices } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import {
  type OutputColumn,
  type OutputFormat,
  type WrittenTable,
  writeTable,
} from '../../platform/tabular/write-table.ts';
import { practiceConditions, selectPractices } from './practice-query.ts';
import { PRACTICE_COLUMNS } from './practices.columns.ts';
import type { PracticeFilter } from './practices.schema.ts';

const PAGE = 2000;

/** Columns of the export: the import columns (so it re-imports), the body's name, reuse, the ID. */
export const PRACTICE_EXPORT_COLUMNS: readonly OutputColumn[] = [
  { key: 'id', header: 'ID', type: 'number' },
  ...PRACTICE_COLUMNS.flatMap((c): OutputColumn[] => {
    const column: OutputColumn = {
      key: c.field,
      header: c.label,
      type: c.field === 'fiscalYear' ? 'number' : 'text',
    };
    return c.field === 'orgCode' ? [column, { key: 'orgName', header: '団体名' }] : [column];
  }),
  { key: 'reuseCount', header: '導入団体数', type: 'number' },
];

async function* rows(db: Db, filter: Omit<PracticeFilter, 'limit' | 'offset'>) {
  const where = practiceConditions(filter);
  let after = 0;
  for (;;) {
    const page = await selectPractices(db)
      .where(and(where, gt(practices.id, after)))
      .orderBy(asc(practices.id))
      .limit(PAGE);
    for (const p of page) {
      yield {
        id: p.id,
        orgCode: p.orgCode,
        orgName: p.orgName,
        title: p.title,
        category: p.category,
        fiscalYear: p.fiscalYear,
        themes: p.themes.join('、'),
        funding: p.funding,
        status: p.status,
        summary: p.summary,
        outcome: p.outcome,
        contact: p.contact,
        reuseCount: p.reuseCount,
      };
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.id;
  }
}

/** The filtered initiatives as CSV (UTF-8 BOM or CP932) or .xlsx, streamed. */
export function exportPractices(
  db: Db,
  filter: Omit<PracticeFilter, 'limit' | 'offset'>,
  format: OutputFormat,
): Promise<WrittenTable> {
  return writeTable(format, PRACTICE_EXPORT_COLUMNS, rows(db, filter));
}
