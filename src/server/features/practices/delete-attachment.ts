import { and, eq } from 'drizzle-orm';
import { practiceAttachments, practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';

/** Removes an attachment of an initiative of the actor's body, audited (name and hash, not contents). */
export async function deleteAttachment(
  db: Db,
  actor: Actor,
  practiceId: number,
  attachmentId: string,
  requestId?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: practiceAttachments.id,
        filename: practiceAttachments.filename,
        sha256: practiceAttachments.sha256,
        orgCode: practices.orgCode,
      })
      .from(practiceAttachments)
      .innerJoin(practices, eq(practices.id, practiceAttachments.practiceId))
      .where(and(eq(practiceAttachments.id, attachmentId), eq(practiceAttachments.practiceId, practiceId)));
    if (!row) throw errors.notFound('添付ファイル');
    assertBodyAccess(actor, row.orgCode, '添付ファイル');
    await tx.delete(practiceAttachments).where(eq(practiceAttachments.id, attachmentId));
    await writeAudit(
      tx,
      actor,
      {
        action: 'practice.attachment.delete',
        entityType: 'practice',
        entityId: String(practiceId),
        before: { id: row.id, filename: row.filename, sha256: row.sha256 },
      },
      requestId,
    );
  });
}
