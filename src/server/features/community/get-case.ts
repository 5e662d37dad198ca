import { eq } from 'drizzle-orm';
import { communityCases } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { type CaseRow, selectCases, toCaseRows } from './cases.ts';

/** One case with its body's name and linked practice; 404 when there is none. Shared with every role. */
export async function getCase(db: Db, id: string): Promise<CaseRow> {
  const [row] = toCaseRows(await selectCases(db).where(eq(communityCases.id, id)).limit(1));
  if (!row) throw errors.notFound('事例・課題');
  return row;
}
