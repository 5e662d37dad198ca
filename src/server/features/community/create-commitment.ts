import { eq } from 'drizzle-orm';
import { commitments, meetings } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { CommitmentInput } from './community.schema.ts';
import { type CommitmentRow, findCommitment } from './list-commitments.ts';
import { resolveOrgNames } from './org-names.ts';

/** Adds a decision or commitment to a meeting (404 for an unknown meeting, 400 for an unknown body). Audited. */
export async function createCommitment(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: CommitmentInput,
  requestId?: string,
): Promise<CommitmentRow> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId));
    if (!meeting) throw errors.notFound('会議');
    await resolveOrgNames(tx, [{ path: 'ownerOrgCode', code: input.ownerOrgCode }]);
    const [row] = await tx
      .insert(commitments)
      .values({ ...input, meetingId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'commitment.create', entityType: 'commitment', entityId: row.id, after: row },
      requestId,
    );
    return (await findCommitment(tx, row.id))!;
  });
}
