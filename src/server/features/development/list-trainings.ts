import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { trainingCourses } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import type { CourseRow } from './eligible-courses.ts';
import type { TrainingQuery } from './trainings.schema.ts';

const KIND_ORDER = sql`array_position(ARRAY['online','dispatch','community','course','ojt']::text[], ${trainingCourses.kind})`;

/** `%`, `_` and `\` typed by a user match themselves. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The training catalogue: active courses (all with includeInactive), filtered by kind, a skill item
 * they cover, the grade of a 課程研修, and free text over name, provider and description; in the
 * order of p.10 (オンライン, 派遣, コミュニティ, 課程, OJT), then by name.
 */
export async function listTrainings(db: Db, query: TrainingQuery): Promise<CourseRow[]> {
  const conditions: (SQL | undefined)[] = [];
  if (query.includeInactive !== 'true') conditions.push(eq(trainingCourses.active, true));
  if (query.kind) conditions.push(eq(trainingCourses.kind, query.kind));
  if (query.grade) conditions.push(eq(trainingCourses.grade, query.grade));
  if (query.skillItem)
    conditions.push(sql`${trainingCourses.skillItems} @> ${JSON.stringify([query.skillItem])}::jsonb`);
  if (query.q) {
    const p = likePattern(query.q.normalize('NFC'));
    conditions.push(
      or(
        ilike(trainingCourses.name, p),
        ilike(trainingCourses.provider, p),
        ilike(trainingCourses.description, p),
      ),
    );
  }
  return db
    .select()
    .from(trainingCourses)
    .where(and(...conditions))
    .orderBy(KIND_ORDER, asc(trainingCourses.name), asc(trainingCourses.id));
}
