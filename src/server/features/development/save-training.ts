import { eq } from 'drizzle-orm';
import { trainingCourses } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { CreateTrainingInput, UpdateTrainingInput } from './trainings.schema.ts';

/** Adds a course to the catalogue, audited. */
export async function createTraining(db: Db, actor: Actor, input: CreateTrainingInput, requestId?: string) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(trainingCourses)
      .values({ ...input, grade: input.grade ?? null })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'training.create', entityType: 'training_course', entityId: created.id, after: created },
      requestId,
    );
    return created;
  });
}

/**
 * Changes a course; a grade is kept only on a 課程研修 (400 otherwise). Plans keep the cost they were
 * drawn with. Retire a course with `active: false` rather than deleting it: plans point to it.
 */
export async function updateTraining(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateTrainingInput,
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(trainingCourses).where(eq(trainingCourses.id, id));
    if (!before) throw errors.notFound('研修');
    const kind = input.kind ?? before.kind;
    const grade = input.grade === undefined ? before.grade : input.grade;
    if (grade && kind !== 'course')
      throw errors.validation([{ path: 'grade', message: '職層は課程研修にだけ指定できます' }]);
    const [after] = await tx.update(trainingCourses).set(input).where(eq(trainingCourses.id, id)).returning();
    if (!after) throw new Error('update returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'training.update', entityType: 'training_course', entityId: id, before, after },
      requestId,
    );
    return after;
  });
}
