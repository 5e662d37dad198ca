import { and, eq, inArray, lte, ne, or, type SQL } from 'drizzle-orm';
import { people, skillSheets } from '../../../db/schema/index.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import type { Db } from '../../platform/db.ts';
import { computeSheets } from './compute-sheet-summary.ts';
import type { GroupEntry } from './group-gaps.ts';

/**
 * The people of an aggregate in a 年度 with their sheet of that 年度: each counts under the job type
 * their sheet was measured against, or (without a sheet) their primary job type. `where` narrows the
 * people (e.g. those assigned to a body); without it, the pool: everyone hired by the 年度 who is not
 * retired or who has a sheet of the 年度. Three queries whatever the size.
 */
export async function loadGroupEntries(db: Db, fiscalYear: number, where?: SQL): Promise<GroupEntry[]> {
  const sheets = await db.select().from(skillSheets).where(eq(skillSheets.fiscalYear, fiscalYear));
  const withSheet = sheets.map((s) => s.personId);
  const population =
    where ??
    and(
      lte(people.hiringFiscalYear, fiscalYear),
      or(ne(people.status, 'retired'), withSheet.length > 0 ? inArray(people.id, withSheet) : undefined),
    );
  const persons = await db
    .select({ id: people.id, primaryJobType: people.primaryJobType })
    .from(people)
    .where(population);
  const ids = new Set(persons.map((p) => p.id));
  const measured = await computeSheets(
    db,
    sheets.filter((s) => ids.has(s.personId)),
  );
  const byPerson = new Map(measured.map((m) => [m.sheet.personId, m.computation]));
  return persons.flatMap((p): GroupEntry[] => {
    const computation = byPerson.get(p.id) ?? null;
    const jobType = computation?.jobType ?? jobTypeOf(p.primaryJobType)?.code;
    return jobType ? [{ jobType, computation }] : [];
  });
}
