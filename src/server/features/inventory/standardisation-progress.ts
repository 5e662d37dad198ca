import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import { orgs, systems } from '../../../db/schema/index.ts';
import {
  isStandardBusiness,
  MIGRATION_STEPS,
  type MigrationStep,
  STANDARD_BUSINESSES,
  STANDARDISATION_DEADLINE,
} from '../../../domain/standard-businesses.ts';
import type { Db } from '../../platform/db.ts';

/**
 * Progress of the standardisation / ガバメントクラウド migration for the 20 businesses: per business,
 * systems per step, done, without a step, with a target date beyond the national deadline; and per
 * body, the least advanced step of its systems of each business (null: no such system).
 */
export async function standardisationProgress(db: Db) {
  const rows = await db
    .select({
      orgCode: systems.orgCode,
      orgName: orgs.name,
      business: systems.business,
      step: systems.migrationStep,
      target: systems.migrationTargetDate,
    })
    .from(systems)
    .innerJoin(orgs, eq(orgs.code, systems.orgCode))
    .where(and(ne(systems.status, '廃止'), isNotNull(systems.business)))
    .orderBy(asc(systems.orgCode));
  const rank = (s: MigrationStep | null) => (s === null ? -1 : MIGRATION_STEPS.indexOf(s));
  const businesses = STANDARD_BUSINESSES.map((business) => {
    const mine = rows.filter((r) => r.business === business);
    const bySteps: Record<string, number> = Object.fromEntries(MIGRATION_STEPS.map((s) => [s, 0]));
    let unknown = 0;
    for (const r of mine) {
      if (r.step) bySteps[r.step] = (bySteps[r.step] ?? 0) + 1;
      else unknown++;
    }
    return {
      business,
      systems: mine.length,
      bySteps,
      done: bySteps.移行完了 ?? 0,
      unknown,
      beyondDeadline: mine.filter((r) => r.target !== null && r.target > STANDARDISATION_DEADLINE).length,
    };
  });
  const bodies = new Map<
    string,
    { orgCode: string; orgName: string; steps: Record<string, MigrationStep | null> }
  >();
  for (const r of rows) {
    if (!isStandardBusiness(r.business)) continue;
    let body = bodies.get(r.orgCode);
    if (!body) {
      body = {
        orgCode: r.orgCode,
        orgName: r.orgName,
        steps: Object.fromEntries(STANDARD_BUSINESSES.map((b) => [b, null])),
      };
      bodies.set(r.orgCode, body);
    }
    const current = body.steps[r.business] ?? null;
    const step = r.step ?? '未着手';
    if (current === null || rank(step) < rank(current)) body.steps[r.business] = step;
  }
  return {
    deadline: STANDARDISATION_DEADLINE,
    steps: [...MIGRATION_STEPS],
    businesses,
    bodies: [...bodies.values()],
  };
}
