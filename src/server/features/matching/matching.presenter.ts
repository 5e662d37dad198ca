import { type matchingRuns, type matchingScenarios, orgs } from '../../../db/schema/index.ts';
import { describeRule } from '../../../domain/matching-rules.ts';
import type { Db } from '../../platform/db.ts';
import type { RuleSet } from './get-rules.ts';
import { RunResultSchema, SettingsSchema } from './matching.schema.ts';

/** A run as the API shows it; the stored result is re-validated on the way out. */
export function presentRun(run: typeof matchingRuns.$inferSelect) {
  return {
    id: run.id,
    scenarioId: run.scenarioId,
    status: run.status,
    progress: run.progress,
    error: run.error,
    result: run.result ? RunResultSchema.parse(run.result) : null,
  };
}

/** A scenario with the metrics of its latest run. */
export function presentScenario(
  s: typeof matchingScenarios.$inferSelect,
  latestRun: typeof matchingRuns.$inferSelect | null,
) {
  const result = latestRun?.result ? RunResultSchema.parse(latestRun.result) : null;
  return {
    id: s.id,
    fiscalYear: s.fiscalYear,
    name: s.name,
    settings: SettingsSchema.parse(s.settings),
    accepted: s.acceptedAt !== null,
    latestRun: latestRun
      ? { id: latestRun.id, status: latestRun.status, metrics: result?.metrics ?? null }
      : null,
  };
}

/** The rules with their Japanese names (which explanations use), version and whether they are the defaults. */
export async function presentRules(db: Db, set: RuleSet) {
  const names = new Map(
    (await db.select({ code: orgs.code, name: orgs.name }).from(orgs)).map((o) => [o.code, o.name]),
  );
  return {
    rules: set.rules.map((rule) => ({
      ...rule,
      description: describeRule(rule, (code) => names.get(code) ?? code),
    })),
    version: set.version,
    isDefault: set.isDefault,
    updatedAt: set.updatedAt?.toISOString() ?? null,
  };
}
