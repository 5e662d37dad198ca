import { eq } from 'drizzle-orm';
import { practiceComments, practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** A comment on any body's initiative, signed with the actor's name and body. Audited. */
export async function addComment(db: Db, actor: Actor, practiceId: number, body: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const [practice] = await tx
      .select({ id: practices.id })
      .from(practices)
      .where(eq(practices.id, practiceId));
    if (!practice) throw errors.notFound('施策');
    const [created] = await tx
      .insert(practiceComments)
      .values({
        practiceId,
        orgCode: actor.orgCode,
        authorId: actor.userId,
        authorName: actor.displayName,
        body,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'practice.comment', entityType: 'practice', entityId: String(practiceId), after: created },
      requestId,
    );
    return created;
  });
}
