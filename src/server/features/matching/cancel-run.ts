import { and, eq } from 'drizzle-orm';
import { matchingRuns } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { getRun } from './get-run.ts';
import { cancelLocalRun } from './start-run.ts';

/**
 * Cancels a running run from any process: marks the row cancelled (only while it is still running, so
 * a run that just finished keeps its result), and stops its worker at once when it solves here. The
 * process that solves it elsewhere sees the row change within a quarter second and stops its worker
 * (start-run.ts); its result, if any, is then never written.
 */
export async function cancelRun(db: Db, actor: Actor, runId: string, requestId?: string) {
  await getRun(db, runId); // 404 for an unknown run
  await db.transaction(async (tx) => {
    const cancelled = await tx
      .update(matchingRuns)
      .set({ status: 'cancelled', finishedAt: new Date() })
      .where(and(eq(matchingRuns.id, runId), eq(matchingRuns.status, 'running')))
      .returning({ id: matchingRuns.id });
    if (cancelled.length === 0) throw new AppError('RUN_NOT_RUNNING', 409, 'この計算は既に終了しています。');
    await writeAudit(
      tx,
      actor,
      { action: 'matching.run.cancel', entityType: 'matching_run', entityId: runId },
      requestId,
    );
  });
  cancelLocalRun(runId);
}
