import { eq } from 'drizzle-orm';
import { matchingRuns } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** A run with its progress, and its result once done. */
export async function getRun(db: Db, runId: string) {
  const [run] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, runId));
  if (!run) throw errors.notFound('計算');
  return run;
}
