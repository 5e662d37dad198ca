import { and, eq, ne } from 'drizzle-orm';
import { trainingPlanItems, trainingPlans } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { findSheetOf } from '../skills/person-gaps.ts';
import { eligibleCourses } from './eligible-courses.ts';
import { findOrCreatePlan, loadPlanById } from './load-plans.ts';
import { findPlanEditor } from './plan-access.ts';
import { draftPlan } from './plan-draft.ts';
import type { DraftPlanInput } from './training-plans.schema.ts';

/** The latest sheet up to the 年度, or 409: a draft needs gaps to work from. */
async function sheetForDraft(db: Db, personId: string, fiscalYear: number) {
  try {
    return await findSheetOf(db, personId, fiscalYear, 'latestUpTo');
  } catch (err) {
    if (err instanceof AppError && err.status === 404)
      throw new AppError(
        'SKILL_SHEET_REQUIRED',
        409,
        '研修計画の下書きにはスキルシートが必要です。先にスキルシートを作成してください。',
      );
    throw err;
  }
}

/**
 * Drafts (or re-drafts) a person's plan for a 年度 from the gaps of their latest sheet up to that
 * 年度 (plan-draft.ts: the courses that close the largest gaps per hour first, within the budget).
 * Completed items stay and count against the budget, and the items their courses cover count as
 * closed; planned and cancelled items are replaced by the draft. The person, talent officers and
 * admins may draft.
 */
export async function draftTrainingPlan(
  db: Db,
  actor: Actor,
  personId: string,
  input: DraftPlanInput,
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const { person } = await findPlanEditor(tx, actor, personId);
    const { sheet, computation } = await sheetForDraft(tx, person.id, input.fiscalYear);
    const plan = await findOrCreatePlan(tx, person.id, input.fiscalYear);
    const before = await loadPlanById(tx, plan.id);
    const kept = before.items.filter((x) => x.item.status === 'completed');
    const closedAlready = new Set(kept.flatMap((x) => x.course.skillItems));
    const gaps = computation.gaps.filter((g) => !closedAlready.has(g.item));
    const courses = await eligibleCourses(tx, person);
    const itemsOf = new Map(courses.map((c) => [c.id, c.skillItems]));
    const picks = draftPlan(courses, gaps, {
      budgetYen: input.budgetYen,
      spentYen: kept.reduce((s, x) => s + x.item.costYen, 0),
    });
    await tx
      .delete(trainingPlanItems)
      .where(and(eq(trainingPlanItems.planId, plan.id), ne(trainingPlanItems.status, 'completed')));
    const inserted =
      picks.length === 0
        ? []
        : await tx
            .insert(trainingPlanItems)
            .values(
              picks.map((p) => ({
                planId: plan.id,
                courseId: p.courseId,
                targetItem: p.targetItem,
                costYen: p.costYen,
              })),
            )
            .returning({ id: trainingPlanItems.id, courseId: trainingPlanItems.courseId });
    await tx.update(trainingPlans).set({ updatedAt: new Date() }).where(eq(trainingPlans.id, plan.id));
    const after = await loadPlanById(tx, plan.id);
    const closed = new Set(picks.flatMap((p) => itemsOf.get(p.courseId) ?? []));
    await writeAudit(
      tx,
      actor,
      {
        action: 'training_plan.draft',
        entityType: 'training_plan',
        entityId: plan.id,
        before: { items: before.items.map((x) => ({ courseId: x.course.id, status: x.item.status })) },
        after: { basedOnSheet: sheet.id, budgetYen: input.budgetYen ?? null, picks },
      },
      requestId,
    );
    return {
      view: after,
      basedOn: {
        sheetId: sheet.id,
        fiscalYear: sheet.fiscalYear,
        achievementPercent: computation.achievementPercent,
      },
      budgetYen: input.budgetYen ?? null,
      picks: picks.map((p) => ({
        itemId: inserted.find((r) => r.courseId === p.courseId)?.id ?? 0,
        courseId: p.courseId,
        targetItem: p.targetItem,
        gapClosed: p.gapClosed,
      })),
      unclosedGaps: gaps.filter((g) => !closed.has(g.item)).map((g) => ({ itemCode: g.item, gap: g.gap })),
    };
  });
}
