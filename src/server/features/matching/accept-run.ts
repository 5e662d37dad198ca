import { and, eq, ne } from 'drizzle-orm';
import { assignments, matchingScenarios } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { notifyPlacementAccepted } from '../notifications/placement-events.ts';
import { getRun } from './get-run.ts';
import { RunResultSchema } from './matching.schema.ts';

/**
 * Accepts a finished run into the placement plan of its 年度: the planned assignments of that 年度 are
 * replaced by the run's moves and new placements (people who stay need no new row), the scenario is
 * marked accepted and the others of the 年度 unmarked — one transaction, audited with before/after.
 * A run whose hard rules could not all hold is refused (409 RULES_NOT_MET).
 */
export async function acceptRun(db: Db, actor: Actor, runId: string, requestId?: string) {
  const run = await getRun(db, runId);
  if (run.status !== 'done' || !run.result)
    throw new AppError('RUN_NOT_DONE', 409, '計算が完了していないため採用できません。');
  const result = RunResultSchema.parse(run.result);
  if (result.conflicts.length > 0) {
    throw new AppError(
      'RULES_NOT_MET',
      409,
      `必ず守るルールを満たせない点が${result.conflicts.length}件あるため採用できません。ルールかシナリオを見直して再計算してください。`,
    );
  }
  return db.transaction(async (tx) => {
    const [scenario] = await tx
      .select()
      .from(matchingScenarios)
      .where(eq(matchingScenarios.id, run.scenarioId));
    if (!scenario) throw new AppError('NOT_FOUND', 404, 'シナリオが見つかりません。');
    const fy = scenario.fiscalYear;
    const planned = and(eq(assignments.status, 'planned'), eq(assignments.startFiscalYear, fy));
    const before = await tx.select().from(assignments).where(planned);
    await tx.delete(assignments).where(planned);
    const rows = result.proposals
      .filter((p) => p.move !== 'stay')
      .map((p) => ({
        personId: p.personId,
        postId: p.postId,
        fte: 1,
        startFiscalYear: fy,
        status: 'planned' as const,
      }));
    const after = rows.length ? await tx.insert(assignments).values(rows).returning() : [];
    await tx
      .update(matchingScenarios)
      .set({ acceptedAt: null })
      .where(and(eq(matchingScenarios.fiscalYear, fy), ne(matchingScenarios.id, scenario.id)));
    await tx
      .update(matchingScenarios)
      .set({ acceptedAt: new Date() })
      .where(eq(matchingScenarios.id, scenario.id));
    await notifyPlacementAccepted(tx, { fiscalYear: fy, scenarioId: scenario.id, before, after });
    await writeAudit(
      tx,
      actor,
      {
        action: 'matching.run.accept',
        entityType: 'placement_plan',
        entityId: String(fy),
        before: { planned: before.map((a) => ({ personId: a.personId, postId: a.postId })) },
        after: {
          runId,
          scenarioId: scenario.id,
          planned: after.map((a) => ({ personId: a.personId, postId: a.postId })),
        },
      },
      requestId,
    );
    return { fiscalYear: fy, planned: after.length };
  });
}
