import { matchingScenarios } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import type { CreateScenarioInput } from './matching.schema.ts';

/** Saves a scenario (weights, rules, locks, what-ifs) for a 年度. */
export async function createScenario(db: Db, actor: Actor, input: CreateScenarioInput, requestId?: string) {
  const { fiscalYear, name, ...settings } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(matchingScenarios)
      .values({ fiscalYear, name, settings, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'matching.scenario.create', entityType: 'matching_scenario', entityId: row.id, after: row },
      requestId,
    );
    return row;
  });
}
