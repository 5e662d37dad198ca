import { eq } from 'drizzle-orm';
import { literacyCourses, literacySessions } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { CreateSessionInput } from './literacy.schema.ts';

/** Adds a session (a run of a course in a 年度); the course must exist (400 otherwise). Audited. */
export async function createSession(db: Db, actor: Actor, input: CreateSessionInput, requestId?: string) {
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: literacyCourses.id })
      .from(literacyCourses)
      .where(eq(literacyCourses.id, input.courseId));
    if (!course) throw errors.validation([{ path: 'courseId', message: 'この研修は登録されていません' }]);
    const [row] = await tx.insert(literacySessions).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'literacy_session.create', entityType: 'literacy_session', entityId: row.id, after: row },
      requestId,
    );
    return row;
  });
}
