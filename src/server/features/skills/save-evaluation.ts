import { eq, sql } from 'drizzle-orm';
import { skillAssessments, skillSheets } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { mayEvaluate } from '../talent/person-access.ts';
import { loadAssessments } from './compute-sheet-summary.ts';
import { assertSheetVersion, findVisibleSheet } from './sheet-access.ts';
import type { EvaluationInput } from './skill-sheets.schema.ts';

/**
 * The evaluator's levels (and comments) for the items given: talent officers, admins and the manager
 * of a body the person is assigned to — never the person. Marks the sheet evaluated, by whom and when;
 * a later evaluation revises the earlier one.
 */
export async function saveEvaluation(
  db: Db,
  actor: Actor,
  sheetId: string,
  input: EvaluationInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const { sheet, relation } = await findVisibleSheet(tx, actor, sheetId);
    if (!mayEvaluate(relation))
      throw errors.forbidden(
        relation.self
          ? '自分のスキルシートは評価できません。'
          : '評価できるのは人材機構・管理者と、配属先団体のDX責任者です。',
      );
    await assertSheetVersion(tx, sheet.id, expected);
    const before = (await loadAssessments(tx, [sheet.id])).get(sheet.id) ?? [];
    for (const l of input.levels) {
      const comment = l.comment === undefined ? {} : { evaluatorComment: l.comment };
      await tx
        .insert(skillAssessments)
        .values({ sheetId: sheet.id, itemCode: l.itemCode, evaluatorLevel: l.level, ...comment })
        .onConflictDoUpdate({
          target: [skillAssessments.sheetId, skillAssessments.itemCode],
          set: { evaluatorLevel: sql`excluded.evaluator_level`, ...comment },
        });
    }
    const now = new Date();
    const [updated] = await tx
      .update(skillSheets)
      .set({
        status: 'evaluated',
        evaluatedBy: actor.userId,
        evaluatedAt: now,
        updatedAt: now,
        version: nextVersion(skillSheets.version),
      })
      .where(eq(skillSheets.id, sheet.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    await writeAudit(
      tx,
      actor,
      {
        action: 'skill_sheet.evaluate',
        entityType: 'skill_sheet',
        entityId: sheet.id,
        before: {
          status: sheet.status,
          levels: Object.fromEntries(before.map((a) => [a.itemCode, a.evaluatorLevel])),
        },
        after: {
          status: updated.status,
          levels: Object.fromEntries(input.levels.map((l) => [l.itemCode, l.level])),
        },
      },
      requestId,
    );
    return updated;
  });
}
