import { asc, eq } from 'drizzle-orm';
import {
  assignments,
  posts,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
} from '../../../db/schema/index.ts';
import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { summariseSkillSheets } from '../skills/compute-sheet-summary.ts';
import { findVisiblePerson, seesEvaluations } from './person-access.ts';
import { loadPersonDetails } from './person-details.ts';
import { presentAssignment, presentPerson, presentSkillHistory } from './talent.presenter.ts';

/**
 * The person's career page: every assignment (actual and planned) with post, body and 年度, the
 * certifications, the completed trainings, and the skill-sheet achievement per 年度 — the last only
 * for those who may see evaluations (the person, program-wide roles, the host body's manager).
 */
export async function getCareer(db: Db, actor: Actor, personId: string) {
  const { person, relation } = await findVisiblePerson(db, actor, personId);
  const [details, allAssignments, trainings] = await Promise.all([
    loadPersonDetails(db, [person], currentFiscalYear()),
    db
      .select({
        assignmentId: assignments.id,
        postId: posts.id,
        postTitle: posts.title,
        unit: posts.unit,
        orgCode: posts.orgCode,
        fte: assignments.fte,
        startFiscalYear: assignments.startFiscalYear,
        endFiscalYear: assignments.endFiscalYear,
        status: assignments.status,
      })
      .from(assignments)
      .innerJoin(posts, eq(posts.id, assignments.postId))
      .where(eq(assignments.personId, person.id))
      .orderBy(asc(assignments.startFiscalYear), asc(posts.orgCode)),
    db
      .select({
        fiscalYear: trainingPlans.fiscalYear,
        courseName: trainingCourses.name,
        kind: trainingCourses.kind,
        provider: trainingCourses.provider,
        hours: trainingCourses.hours,
        completedOn: trainingPlanItems.completedOn,
        status: trainingPlanItems.status,
      })
      .from(trainingPlanItems)
      .innerJoin(trainingPlans, eq(trainingPlans.id, trainingPlanItems.planId))
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingPlanItems.courseId))
      .where(eq(trainingPlans.personId, person.id))
      .orderBy(asc(trainingPlans.fiscalYear), asc(trainingPlanItems.completedOn)),
  ]);
  const skills = seesEvaluations(relation)
    ? presentSkillHistory(await summariseSkillSheets(db, [person.id]), person.id)
    : null;
  const { assignments: _current, ...summary } = presentPerson(person, details, relation);
  return {
    person: summary,
    assignments: allAssignments.map((a) => presentAssignment(a, details.orgNames)),
    certifications: summary.certifications,
    trainings: trainings.filter((t) => t.status === 'completed').map(({ status: _s, ...t }) => t),
    skills,
  };
}
