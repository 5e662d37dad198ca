import { and, asc, eq, isNull, ne, notInArray, or } from 'drizzle-orm';
import { trainingCourses, trainingPlanItems, trainingPlans } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type CourseRow = typeof trainingCourses.$inferSelect;

/** The courses a person has completed in any plan. */
export async function completedCourseIds(db: Db, personId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ courseId: trainingPlanItems.courseId })
    .from(trainingPlanItems)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingPlanItems.planId))
    .where(and(eq(trainingPlans.personId, personId), eq(trainingPlanItems.status, 'completed')));
  return rows.map((r) => r.courseId);
}

/**
 * The courses a draft may propose to a person, in catalogue order (name, then id): active ones, not
 * ジョブローテーション (OJT is decided by placement, not chosen as a course), 課程研修 only of the
 * person's grade, and none the person has already completed.
 */
export async function eligibleCourses(db: Db, person: { id: string; grade: string }): Promise<CourseRow[]> {
  const done = await completedCourseIds(db, person.id);
  return db
    .select()
    .from(trainingCourses)
    .where(
      and(
        eq(trainingCourses.active, true),
        ne(trainingCourses.kind, 'ojt'),
        or(isNull(trainingCourses.grade), eq(trainingCourses.grade, person.grade)),
        done.length > 0 ? notInArray(trainingCourses.id, done) : undefined,
      ),
    )
    .orderBy(asc(trainingCourses.name), asc(trainingCourses.id));
}
