import { and, eq } from 'drizzle-orm';
import {
  skillEvidence,
  skillSheets,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
} from '../../../db/schema/index.ts';
import { fiscalYearRange, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { costsForbidden, findPlanEditor } from './plan-access.ts';
import type { CompleteItemInput } from './training-plans.schema.ts';

/** The item with its plan and course; 404 when missing or when the actor cannot see the person. */
async function findItem(db: Db, actor: Actor, itemId: number) {
  const [row] = await db
    .select({ item: trainingPlanItems, plan: trainingPlans, course: trainingCourses })
    .from(trainingPlanItems)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingPlanItems.planId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingPlanItems.courseId))
    .where(eq(trainingPlanItems.id, itemId));
  if (!row) throw errors.notFound('研修計画の項目');
  try {
    const editor = await findPlanEditor(db, actor, row.plan.personId);
    return { ...row, ...editor };
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw errors.notFound('研修計画の項目');
    throw err;
  }
}

/**
 * Records that a planned course was completed (calling it again corrects the date or cost). The date
 * must fall in the plan's 年度. Talent officers and admins may record the actual cost; the person may
 * record their own completion but not a cost (403). When the item has a target skill item and the
 * person has a sheet for the plan's 年度, the completion is added there as training evidence (once).
 */
export async function completePlanItem(
  db: Db,
  actor: Actor,
  itemId: number,
  input: CompleteItemInput,
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const { item, plan, course, mayChangeCosts } = await findItem(tx, actor, itemId);
    if (item.status === 'cancelled')
      throw new AppError('PLAN_ITEM_CANCELLED', 409, '取り消した研修は完了にできません。');
    const range = fiscalYearRange(plan.fiscalYear);
    if (input.completedOn < range.start || input.completedOn > range.end)
      throw errors.validation([
        {
          path: 'completedOn',
          message: `修了日は${formatFiscalYear(plan.fiscalYear)}（${range.start}〜${range.end}）の日付にしてください`,
        },
      ]);
    const costYen = input.costYen ?? item.costYen;
    if (!mayChangeCosts && costYen !== item.costYen) throw costsForbidden();
    const [updated] = await tx
      .update(trainingPlanItems)
      .set({ status: 'completed', completedOn: input.completedOn, costYen })
      .where(eq(trainingPlanItems.id, item.id))
      .returning();
    if (!updated) throw new Error('update returned no row');
    await tx.update(trainingPlans).set({ updatedAt: new Date() }).where(eq(trainingPlans.id, plan.id));
    const evidence = await recordEvidence(
      tx,
      { ...updated, personId: plan.personId, fiscalYear: plan.fiscalYear },
      course,
    );
    await writeAudit(
      tx,
      actor,
      {
        action: 'training_plan_item.complete',
        entityType: 'training_plan',
        entityId: plan.id,
        before: { id: item.id, status: item.status, completedOn: item.completedOn, costYen: item.costYen },
        after: { id: item.id, status: updated.status, completedOn: updated.completedOn, costYen, evidence },
      },
      requestId,
    );
    return { item: updated, course, evidence };
  });
}

/** Adds (or refreshes) the training evidence of a completed item on the sheet of its 年度, if any. */
async function recordEvidence(
  tx: Db,
  item: typeof trainingPlanItems.$inferSelect & { personId: string; fiscalYear: number },
  course: typeof trainingCourses.$inferSelect,
) {
  if (!item.targetItem) return null;
  const [sheet] = await tx
    .select({ id: skillSheets.id })
    .from(skillSheets)
    .where(and(eq(skillSheets.personId, item.personId), eq(skillSheets.fiscalYear, item.fiscalYear)));
  if (!sheet) return null;
  const description = `${course.name}（${course.provider}）${item.completedOn ?? ''} 修了`;
  const reference = String(item.id);
  const match = and(
    eq(skillEvidence.sheetId, sheet.id),
    eq(skillEvidence.itemCode, item.targetItem),
    eq(skillEvidence.kind, 'training'),
    eq(skillEvidence.reference, reference),
  );
  const [existing] = await tx.select().from(skillEvidence).where(match);
  const [row] = existing
    ? await tx.update(skillEvidence).set({ description }).where(eq(skillEvidence.id, existing.id)).returning()
    : await tx
        .insert(skillEvidence)
        .values({ sheetId: sheet.id, itemCode: item.targetItem, kind: 'training', reference, description })
        .returning();
  if (!row) throw new Error('evidence not written');
  return { id: row.id, sheetId: row.sheetId, itemCode: row.itemCode, description: row.description };
}
