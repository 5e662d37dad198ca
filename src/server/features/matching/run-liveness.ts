import { and, eq, lt, sql } from 'drizzle-orm';
import { matchingRuns } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** What a run whose process stopped says, once stored as failed. */
export const ABANDONED_RUN_MESSAGE =
  '配置計算を実行していたサーバーが停止したため、計算は完了しませんでした。もう一度実行してください。';

/** Default of MATCHING_RUN_STALE_SECONDS. */
export const DEFAULT_STALE_AFTER_SECONDS = 120;

let staleAfterSeconds = DEFAULT_STALE_AFTER_SECONDS;

/**
 * Sets how old a running run's heartbeat may be before the run counts as abandoned (its process
 * stopped). Called once at start from MATCHING_RUN_STALE_SECONDS.
 */
export function configureRunLiveness(seconds: number): void {
  staleAfterSeconds = seconds;
}

/**
 * How often the solving process writes the heartbeat: a sixth of the limit (at most 10 s, at least
 * 0.5 s), so a live process misses several beats — a busy event loop, a slow database — before
 * anyone could take its run for abandoned.
 */
export function heartbeatIntervalMs(): number {
  return Math.min(10_000, Math.max(500, (staleAfterSeconds * 1000) / 6));
}

/** Writes the heartbeat of a run this process solves (database clock, only while running). */
export async function beat(db: Db, runId: string): Promise<void> {
  await db
    .update(matchingRuns)
    .set({ heartbeatAt: sql`now()` })
    .where(and(eq(matchingRuns.id, runId), eq(matchingRuns.status, 'running')));
}

/**
 * Stores as failed the running runs (or the one run `runId`) whose heartbeat is older than the limit:
 * their process stopped without ending them. Compared on the database's clock, the one every process
 * writes with, so servers with different clocks agree; a live run of any process has a recent beat and
 * is never touched. Returns the ids it failed.
 */
export async function failAbandonedRuns(db: Db, runId?: string): Promise<string[]> {
  const stale = and(
    eq(matchingRuns.status, 'running'),
    lt(matchingRuns.heartbeatAt, sql`now() - (${staleAfterSeconds} * interval '1 second')`),
    runId === undefined ? undefined : eq(matchingRuns.id, runId),
  );
  const failed = await db
    .update(matchingRuns)
    .set({ status: 'failed', error: ABANDONED_RUN_MESSAGE, finishedAt: sql`now()` })
    .where(stale)
    .returning({ id: matchingRuns.id });
  return failed.map((r) => r.id);
}
