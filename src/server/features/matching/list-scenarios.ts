import { asc, desc, eq, inArray } from 'drizzle-orm';
import { matchingRuns, matchingScenarios } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { failAbandonedRuns } from './run-liveness.ts';

/**
 * The scenarios of a 年度 with their latest run, for side-by-side comparison (runs whose process
 * stopped are stored as failed first).
 */
export async function listScenarios(db: Db, fiscalYear: number) {
  await failAbandonedRuns(db);
  const scenarios = await db
    .select()
    .from(matchingScenarios)
    .where(eq(matchingScenarios.fiscalYear, fiscalYear))
    .orderBy(asc(matchingScenarios.createdAt));
  const runs = scenarios.length
    ? await db
        .select()
        .from(matchingRuns)
        .where(
          inArray(
            matchingRuns.scenarioId,
            scenarios.map((s) => s.id),
          ),
        )
        .orderBy(desc(matchingRuns.createdAt))
    : [];
  return scenarios.map((s) => ({ scenario: s, latestRun: runs.find((r) => r.scenarioId === s.id) ?? null }));
}
