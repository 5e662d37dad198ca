import { asc, desc, eq, inArray } from 'drizzle-orm';
import { matchingRuns, matchingScenarios } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** The scenarios of a 年度 with their latest run, for side-by-side comparison. */
export async function listScenarios(db: Db, fiscalYear: number) {
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
