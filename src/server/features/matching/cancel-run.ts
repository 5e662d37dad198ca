import { and, eq } from 'drizzle-orm';
import { matchingRuns } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { getRun } from './get-run.ts';
import { cancelLocalRun } from './start-run.ts';

/** Cancels a running run: stops its worker here, and marks it cancelled for any process. */
export async function cancelRun(db: Db, actor: Actor, runId: string, requestId?: string) {
  const run = await getRun(db, runId);
  if (run.status !== 'running') throw new AppError('RUN_NOT_RUNNING', 409, 'この計算は既に終了しています。');
  if (!cancelLocalRun(runId)) {
    await db
      .update(matchingRuns)
      .set({ status: 'cancelled', finishedAt: new Date() })
      .where(and(eq(matchingRuns.id, runId), eq(matchingRuns.status, 'running')));
  }
  await writeAudit(
    db,
    actor,
    { action: 'matching.run.cancel', entityType: 'matching_run', entityId: runId },
    requestId,
  );
}
