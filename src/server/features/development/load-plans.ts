import { and, asc, eq, inArray } from 'drizzle-orm';
import { trainingCourses, trainingPlanItems, trainingPlans } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import type { CourseRow } from './eligible-courses.ts';

export type PlanRow = typeof trainingPlans.$inferSelect;
export type PlanItemRow = typeof trainingPlanItems.$inferSelect;
export type PlanView = { plan: PlanRow; items: { item: PlanItemRow; course: CourseRow }[] };

/** A person's plans (one 年度, or all oldest first), each with its items in plan order and their courses. */
export async function loadPlans(db: Db, personId: string, fiscalYear?: number): Promise<PlanView[]> {
  const plans = await db
    .select()
    .from(trainingPlans)
    .where(
      and(
        eq(trainingPlans.personId, personId),
        fiscalYear === undefined ? undefined : eq(trainingPlans.fiscalYear, fiscalYear),
      ),
    )
    .orderBy(asc(trainingPlans.fiscalYear));
  if (plans.length === 0) return [];
  const rows = await db
    .select({ item: trainingPlanItems, course: trainingCourses })
    .from(trainingPlanItems)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingPlanItems.courseId))
    .where(
      inArray(
        trainingPlanItems.planId,
        plans.map((p) => p.id),
      ),
    )
    .orderBy(asc(trainingPlanItems.id));
  return plans.map((plan) => ({ plan, items: rows.filter((r) => r.item.planId === plan.id) }));
}

/** One plan by id, with its items. */
export async function loadPlanById(db: Db, planId: string): Promise<PlanView> {
  const [plan] = await db.select().from(trainingPlans).where(eq(trainingPlans.id, planId));
  if (!plan) throw new Error(`plan ${planId} vanished`);
  const [view] = await loadPlans(db, plan.personId, plan.fiscalYear);
  if (!view) throw new Error(`plan ${planId} vanished`);
  return view;
}

/** The person's plan of a 年度, created empty when there is none yet. */
export async function findOrCreatePlan(db: Db, personId: string, fiscalYear: number): Promise<PlanRow> {
  await db.insert(trainingPlans).values({ personId, fiscalYear }).onConflictDoNothing();
  const [plan] = await db
    .select()
    .from(trainingPlans)
    .where(and(eq(trainingPlans.personId, personId), eq(trainingPlans.fiscalYear, fiscalYear)));
  if (!plan) throw new Error('plan not created');
  return plan;
}
