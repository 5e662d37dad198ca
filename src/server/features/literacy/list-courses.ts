import { asc, count, eq, sum } from 'drizzle-orm';
import { literacyCourses, literacyParticipation, literacySessions } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type SessionWithTotals = typeof literacySessions.$inferSelect & {
  bodies: number;
  participants: number;
};
export type CourseWithSessions = typeof literacyCourses.$inferSelect & { sessions: SessionWithTotals[] };

/** Sessions with the number of bodies and participants recorded for each. */
export async function sessionsWithTotals(db: Db): Promise<SessionWithTotals[]> {
  const rows = await db
    .select({
      session: literacySessions,
      bodies: count(literacyParticipation.orgCode),
      participants: sum(literacyParticipation.participants),
    })
    .from(literacySessions)
    .leftJoin(literacyParticipation, eq(literacyParticipation.sessionId, literacySessions.id))
    .groupBy(literacySessions.id)
    .orderBy(asc(literacySessions.fiscalYear), asc(literacySessions.startsOn));
  return rows.map((r) => ({
    ...r.session,
    bodies: Number(r.bodies),
    participants: Number(r.participants ?? 0),
  }));
}

/** The training menu of p.28 in its order, each course with its sessions. Shared with every role. */
export async function listCourses(db: Db): Promise<CourseWithSessions[]> {
  const [courses, sessions] = await Promise.all([
    db.select().from(literacyCourses).orderBy(asc(literacyCourses.sortOrder)),
    sessionsWithTotals(db),
  ]);
  return courses.map((c) => ({ ...c, sessions: sessions.filter((s) => s.courseId === c.id) }));
}
