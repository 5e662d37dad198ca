import { and, eq, inArray } from 'drizzle-orm';
import {
  skillEvidence,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
} from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors, type FieldIssue } from '../../platform/errors.ts';
import type { CourseRow } from './eligible-courses.ts';
import { findOrCreatePlan, loadPlanById, type PlanItemRow } from './load-plans.ts';
import { costsForbidden, findPlanEditor } from './plan-access.ts';
import type { EditPlanItemsInput } from './training-plans.schema.ts';

type Wanted = Omit<typeof trainingPlanItems.$inferInsert, 'id'> & { previousId: number | null };

/**
 * Checks the wanted list against the plan: existing ids must be this plan's and keep their course;
 * new items need an active course; completed items must stay (409) and keep their status; the person
 * may not change a cost (403). Answers the rows to write, in plan order.
 */
function resolve(
  planId: string,
  input: EditPlanItemsInput,
  existing: readonly PlanItemRow[],
  courses: ReadonlyMap<string, CourseRow>,
  mayChangeCosts: boolean,
): Wanted[] {
  const byId = new Map(existing.map((i) => [i.id, i]));
  const issues: FieldIssue[] = [];
  const wanted = input.items.map((w, i): Wanted | null => {
    const old = w.id === undefined ? undefined : byId.get(w.id);
    const course = courses.get(w.courseId);
    if (w.id !== undefined && !old)
      issues.push({ path: `items.${i}.id`, message: 'この計画の項目ではありません' });
    else if (old && old.courseId !== w.courseId)
      issues.push({
        path: `items.${i}.courseId`,
        message: '既存の項目の研修は変更できません（削除して追加してください）',
      });
    else if (!old && !course?.active)
      issues.push({ path: `items.${i}.courseId`, message: '募集中の研修ではありません' });
    if (old?.status === 'completed' && w.status !== undefined)
      issues.push({ path: `items.${i}.status`, message: '完了した項目の状態は変更できません' });
    if (issues.length > 0 || !course) return null;
    const costYen = w.costYen ?? old?.costYen ?? course.costYen;
    if (!mayChangeCosts && costYen !== (old?.costYen ?? course.costYen)) throw costsForbidden();
    return {
      planId,
      previousId: old?.id ?? null,
      courseId: w.courseId,
      targetItem: w.targetItem === undefined ? (old?.targetItem ?? null) : w.targetItem,
      status: old?.status === 'completed' ? 'completed' : (w.status ?? old?.status ?? 'planned'),
      completedOn: old?.completedOn ?? null,
      costYen,
      note: w.note ?? old?.note ?? '',
    };
  });
  if (issues.length > 0) throw errors.validation(issues);
  const rows = wanted.filter((w): w is Wanted => w !== null);
  const kept = new Set(rows.map((r) => r.previousId));
  if (existing.some((e) => e.status === 'completed' && !kept.has(e.id)))
    throw new AppError('COMPLETED_ITEM_REQUIRED', 409, '完了した研修は計画から削除できません。');
  return rows;
}

/** Whether the wanted order is the current id order with new items only at the end (ids can stay). */
function keepsOrder(rows: readonly Wanted[]): boolean {
  let last = 0;
  let seenNew = false;
  for (const r of rows) {
    if (r.previousId === null) seenNew = true;
    else if (seenNew || r.previousId < last) return false;
    else last = r.previousId;
  }
  return true;
}

/**
 * Replaces the items of a person's plan for a 年度 with the list given, in that order (the plan is
 * created when missing): add (no id), remove (leave out), reorder, cancel, change target or note; costs
 * only by talent officers and admins. Items are shown in id order and the schema has no position column,
 * so a reorder re-inserts the items in the new order (new ids) and moves the skill-sheet evidence of
 * completed items to their new ids in the same transaction; edits that keep the order keep the ids.
 */
export async function editPlanItems(
  db: Db,
  actor: Actor,
  personId: string,
  fiscalYear: number,
  input: EditPlanItemsInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const { person, mayChangeCosts } = await findPlanEditor(tx, actor, personId);
    const plan = await findOrCreatePlan(tx, person.id, fiscalYear);
    const [locked] = await tx
      .select({ version: trainingPlans.version })
      .from(trainingPlans)
      .where(eq(trainingPlans.id, plan.id))
      .for('update');
    if (locked) assertVersion(locked.version, expected);
    const before = await loadPlanById(tx, plan.id);
    const courseIds = [...new Set(input.items.map((i) => i.courseId))];
    const courses =
      courseIds.length === 0
        ? []
        : await tx.select().from(trainingCourses).where(inArray(trainingCourses.id, courseIds));
    const rows = resolve(
      plan.id,
      input,
      before.items.map((x) => x.item),
      new Map(courses.map((c) => [c.id, c])),
      mayChangeCosts,
    );
    const stay = keepsOrder(rows);
    const keptIds = new Set(rows.flatMap((r) => (stay && r.previousId !== null ? [r.previousId] : [])));
    const gone = before.items.map((x) => x.item.id).filter((id) => !keptIds.has(id));
    if (gone.length > 0) await tx.delete(trainingPlanItems).where(inArray(trainingPlanItems.id, gone));
    for (const { previousId, ...row } of rows) {
      if (stay && previousId !== null) {
        await tx.update(trainingPlanItems).set(row).where(eq(trainingPlanItems.id, previousId));
        continue;
      }
      const [created] = await tx
        .insert(trainingPlanItems)
        .values(row)
        .returning({ id: trainingPlanItems.id });
      if (previousId !== null && created && row.status === 'completed') {
        await tx
          .update(skillEvidence)
          .set({ reference: String(created.id) })
          .where(and(eq(skillEvidence.kind, 'training'), eq(skillEvidence.reference, String(previousId))));
      }
    }
    await tx
      .update(trainingPlans)
      .set({ updatedAt: new Date(), version: nextVersion(trainingPlans.version) })
      .where(eq(trainingPlans.id, plan.id));
    const after = await loadPlanById(tx, plan.id);
    const summary = (v: typeof after) =>
      v.items.map((x) => ({
        id: x.item.id,
        courseId: x.course.id,
        status: x.item.status,
        costYen: x.item.costYen,
      }));
    await writeAudit(
      tx,
      actor,
      {
        action: 'training_plan.edit_items',
        entityType: 'training_plan',
        entityId: plan.id,
        before: { items: summary(before) },
        after: { items: summary(after) },
      },
      requestId,
    );
    return after;
  });
}
