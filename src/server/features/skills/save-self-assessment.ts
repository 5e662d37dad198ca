import { eq, sql } from 'drizzle-orm';
import { skillAssessments, skillSheets } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { loadAssessments } from './compute-sheet-summary.ts';
import { assertSheetVersion, findVisibleSheet } from './sheet-access.ts';
import type { SelfAssessmentInput } from './skill-sheets.schema.ts';

/**
 * The person's own levels for the items given (others keep theirs); only the person themself may
 * write them, and not once the sheet is evaluated (409). Marks the sheet self_assessed; 412 when it changed since the version the client expects.
 */
export async function saveSelfAssessment(
  db: Db,
  actor: Actor,
  sheetId: string,
  input: SelfAssessmentInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const { sheet, relation } = await findVisibleSheet(tx, actor, sheetId);
    if (!relation.self) throw errors.forbidden('自己評価を入力できるのは本人だけです。');
    if (sheet.status === 'evaluated')
      throw new AppError('SKILL_SHEET_EVALUATED', 409, '評価済みのスキルシートの自己評価は変更できません。');
    await assertSheetVersion(tx, sheet.id, expected);
    const before = (await loadAssessments(tx, [sheet.id])).get(sheet.id) ?? [];
    await tx
      .insert(skillAssessments)
      .values(input.levels.map((l) => ({ sheetId: sheet.id, itemCode: l.itemCode, selfLevel: l.level })))
      .onConflictDoUpdate({
        target: [skillAssessments.sheetId, skillAssessments.itemCode],
        set: { selfLevel: sql`excluded.self_level` },
      });
    const [updated] = await tx
      .update(skillSheets)
      .set({ status: 'self_assessed', updatedAt: new Date(), version: nextVersion(skillSheets.version) })
      .where(eq(skillSheets.id, sheet.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    await writeAudit(
      tx,
      actor,
      {
        action: 'skill_sheet.self_assess',
        entityType: 'skill_sheet',
        entityId: sheet.id,
        before: {
          status: sheet.status,
          levels: Object.fromEntries(before.map((a) => [a.itemCode, a.selfLevel])),
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
