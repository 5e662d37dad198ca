import { and, eq, sql } from 'drizzle-orm';
import { matchingRuns, matchingScenarios } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { loadMatchingInputs } from './load-matching-inputs.ts';
import { SettingsSchema } from './matching.schema.ts';
import { beat, heartbeatIntervalMs } from './run-liveness.ts';
import { SolverFailure, solveInWorker } from './solve-in-worker.ts';

/**
 * How often the process that solves a run reads its row, to hear of a cancellation made by another
 * process (two `dxship serve` on one PostgreSQL) and stop its worker.
 */
const CANCEL_POLL_MS = 250;

/** A run of this process: stops it (before or while its worker solves), and settles when it has ended. */
type LocalRun = { cancel: () => void; done: Promise<void> };

/** Runs being built or solved in this process, so a cancel request that lands here stops them at once. */
const activeRuns = new Map<string, LocalRun>();

/** Stops a run of this process; false when it is not here (another process, or finished). */
export function cancelLocalRun(runId: string): boolean {
  const run = activeRuns.get(runId);
  run?.cancel();
  return run !== undefined;
}

/**
 * Stops every run of this process and waits until each has written its end (cancelled): called when
 * the server shuts down, so no worker outlives the database connection.
 */
export async function stopLocalRuns(): Promise<void> {
  const runs = [...activeRuns.values()];
  for (const run of runs) run.cancel();
  await Promise.all(runs.map((r) => r.done));
}

/**
 * Starts solving a scenario: records the run, reads its inputs, and builds, solves and explains it in a
 * worker thread (the main thread only reads and writes rows).
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

  // Only a run still running is finished here: one cancelled meanwhile (here or in another process)
  // keeps its status, so a result computed while the cancel was on its way never overwrites it.
  const stillRunning = and(eq(matchingRuns.id, run.id), eq(matchingRuns.status, 'running'));
  const finish = (values: Partial<typeof matchingRuns.$inferInsert>) =>
    db
      .update(matchingRuns)
      .set({ ...values, finishedAt: new Date() })
      .where(stillRunning);

  // Cancelled before the worker started: it is never started. After: the worker is stopped.
  let cancelled = false;
  let stopWorker: (() => void) | undefined;
  const cancel = () => {
    cancelled = true;
    stopWorker?.();
  };
  const stopWatching = watchForCancellation(db, run.id, cancel, logger);

  const done = (async () => {
    try {
      const inputs = await loadMatchingInputs(db, scenario.fiscalYear, settings);
      if (cancelled) throw new SolverFailure('CANCELLED', '計算を中止しました');
      let lastWrite = 0;
      const solving = solveInWorker(inputs, (fraction) => {
        const now = performance.now();
        if (now - lastWrite < 300) return; // throttle progress writes
        lastWrite = now;
        void db.update(matchingRuns).set({ progress: fraction, heartbeatAt: sql`now()` }).where(stillRunning);
      });
      stopWorker = solving.cancel;
      if (cancelled) solving.cancel();
      const result = await solving.result;
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
      stopWatching();
      activeRuns.delete(run.id);
    }
  })();
  activeRuns.set(run.id, { cancel, done: done.catch(() => undefined) });
  return { runId: run.id, done };
}

/**
 * Reads the run's status every {@link CANCEL_POLL_MS} while this process builds or solves it, and
 * cancels it as soon as the row is no longer running (cancelled through another process); writes its
 * heartbeat meanwhile, so other processes know it is alive (run-liveness.ts). Returns the function
 * that stops watching.
 */
function watchForCancellation(db: Db, runId: string, cancel: () => void, logger: Logger): () => void {
  let watching = true;
  const heartbeat = setInterval(() => {
    beat(db, runId).catch((err: unknown) => {
      if (watching) logger.warn({ err, runId }, 'matching run heartbeat failed');
    });
  }, heartbeatIntervalMs());
  heartbeat.unref();
  const timer = setInterval(() => {
    db.select({ status: matchingRuns.status })
      .from(matchingRuns)
      .where(eq(matchingRuns.id, runId))
      .then(([row]) => {
        if (!watching || row?.status === 'running') return;
        stop();
        cancel();
      })
      .catch((err: unknown) => {
        if (watching) logger.warn({ err, runId }, 'matching run status check failed');
      });
  }, CANCEL_POLL_MS);
  timer.unref();
  function stop() {
    watching = false;
    clearInterval(timer);
    clearInterval(heartbeat);
  }
  return stop;
}
