import { and, asc, eq } from 'drizzle-orm';
import { literacyCourses, literacyParticipation, literacySessions, orgs } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';

export type ParticipationSummary = {
  fiscalYear: number;
  label: string;
  courses: {
    courseId: string;
    name: string;
    bodies: number;
    participants: number;
    byBody: { orgCode: string; orgName: string; participants: number }[];
  }[];
  totals: { bodies: number; participants: number };
};

/**
 * Participation in a 年度, summed from the per-body records of its sessions: per course the number of
 * bodies and of participants (R5: みんなのDX研修 9市町 164名, 学習動画 12市町 799名), and overall.
 * Courses without records that 年度 are left out.
 */
export async function summariseParticipation(db: Db, fiscalYear: number): Promise<ParticipationSummary> {
  const rows = await db
    .select({
      courseId: literacyCourses.id,
      name: literacyCourses.name,
      orgCode: literacyParticipation.orgCode,
      orgName: orgs.name,
      participants: literacyParticipation.participants,
    })
    .from(literacyParticipation)
    .innerJoin(literacySessions, eq(literacySessions.id, literacyParticipation.sessionId))
    .innerJoin(literacyCourses, eq(literacyCourses.id, literacySessions.courseId))
    .innerJoin(orgs, eq(orgs.code, literacyParticipation.orgCode))
    .where(and(eq(literacySessions.fiscalYear, fiscalYear)))
    .orderBy(asc(literacyCourses.sortOrder), asc(literacyParticipation.orgCode));

  const courses = new Map<string, ParticipationSummary['courses'][number]>();
  for (const r of rows) {
    const course = courses.get(r.courseId) ?? {
      courseId: r.courseId,
      name: r.name,
      bodies: 0,
      participants: 0,
      byBody: [],
    };
    const body = course.byBody.find((b) => b.orgCode === r.orgCode);
    if (body) body.participants += r.participants;
    else course.byBody.push({ orgCode: r.orgCode, orgName: r.orgName, participants: r.participants });
    course.participants += r.participants;
    course.bodies = course.byBody.length;
    courses.set(r.courseId, course);
  }
  const list = [...courses.values()];
  return {
    fiscalYear,
    label: formatFiscalYear(fiscalYear),
    courses: list,
    totals: {
      bodies: new Set(rows.map((r) => r.orgCode)).size,
      participants: list.reduce((s, c) => s + c.participants, 0),
    },
  };
}
