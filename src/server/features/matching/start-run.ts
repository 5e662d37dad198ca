import { eq } from 'drizzle-orm';
import { matchingRuns, matchingScenarios } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { buildMatchingProblem } from './build-matching-problem.ts';
import { explainResult } from './explain-result.ts';
import { SettingsSchema } from './matching.schema.ts';
import { SolverFailure, solveInWorker } from './solve-in-worker.ts';

/** Runs solving in this process, so a cancel request that lands here stops them at once. */
const activeRuns = new Map<string, () => void>();

/** Stops a run solving in this process; false when it is not here (another process, or finished). */
export function cancelLocalRun(runId: string): boolean {
  const cancel = activeRuns.get(runId);
  cancel?.();
  return cancel !== undefined;
}

/**
 * Starts solving a scenario: records the run, builds the problem, and solves it in a worker thread.
 * Returns the run id at once; progress and the explained result are written to the run as they come.
 * `done` resolves when the run has finished (for the CLI and tests; routes don't wait).
 */
export async function startRun(db: Db, actor: Actor, scenarioId: string, logger: Logger) {
  const [scenario] = await db.select().from(matchingScenarios).where(eq(matchingScenarios.id, scenarioId));
  if (!scenario) throw errors.notFound('シナリオ');
  const settings = SettingsSchema.parse(scenario.settings);
  const [run] = await db
    .insert(matchingRuns)
    .values({ scenarioId, createdBy: actor.userId })
    .returning({ id: matchingRuns.id });
  if (!run) throw new Error('insert returned no row');

  const finish = (values: Partial<typeof matchingRuns.$inferInsert>) =>
    db
      .update(matchingRuns)
      .set({ ...values, finishedAt: new Date() })
      .where(eq(matchingRuns.id, run.id));

  const done = (async () => {
    try {
      const { compiled, alternatives } = await buildMatchingProblem(db, scenario.fiscalYear, settings);
      const started = performance.now();
      let lastWrite = 0;
      const solving = solveInWorker(
        compiled.problem,
        (fraction) => {
          const now = performance.now();
          if (now - lastWrite < 300) return; // throttle progress writes
          lastWrite = now;
          void db.update(matchingRuns).set({ progress: fraction }).where(eq(matchingRuns.id, run.id));
        },
        alternatives,
      );
      activeRuns.set(run.id, solving.cancel);
      const solved = await solving.result;
      const result = explainResult(compiled, solved, Math.round(performance.now() - started));
      await finish({ status: 'done', progress: 1, result });
    } catch (err) {
      if (err instanceof SolverFailure && err.code === 'CANCELLED') await finish({ status: 'cancelled' });
      else {
        logger.warn({ err, runId: run.id }, 'matching run failed');
        const message =
          err instanceof SolverFailure && err.code === 'INFEASIBLE'
            ? err.message
            : '最適化の計算に失敗しました。';
        await finish({ status: 'failed', error: message });
      }
    } finally {
      activeRuns.delete(run.id);
    }
  })();
  return { runId: run.id, done };
}
