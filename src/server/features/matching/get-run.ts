import { eq } from 'drizzle-orm';
import { matchingRuns } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { failAbandonedRuns } from './run-liveness.ts';

/**
 * A run with its progress, and its result once done. A run whose process stopped (heartbeat too old)
 * is stored and answered as failed.
 */
export async function getRun(db: Db, runId: string) {
  await failAbandonedRuns(db, runId);
  const [run] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, runId));
  if (!run) throw errors.notFound('計算');
  return run;
}
