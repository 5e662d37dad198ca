import { eq } from 'drizzle-orm';
import { commitments } from '../../../db/schema/index.ts';
import { mayUpdateCommitment } from '../../../domain/community.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { UpdateCommitmentInput } from './community.schema.ts';
import { type CommitmentRow, findCommitment } from './list-commitments.ts';
import { todayInJapan } from './today.ts';

/** Who may change a commitment (the rule lives in the domain, shared with the web). */
export function canUpdateCommitment(actor: Actor, ownerOrgCode: string): boolean {
  return mayUpdateCommitment(actor.role, actor.orgCode, ownerOrgCode);
}

/**
 * Closes (done / cancelled, on `closedOn` or today), reopens or re-dates a commitment. A closing date
 * belongs only to a closed commitment and cannot precede the meeting. Audited.
 */
export async function updateCommitment(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateCommitmentInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<CommitmentRow> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ version: commitments.version })
      .from(commitments)
      .where(eq(commitments.id, id))
      .for('update');
    const before = await findCommitment(tx, id);
    if (!before) throw errors.notFound('コミットメント');
    if (!canUpdateCommitment(actor, before.ownerOrgCode)) {
      throw errors.forbidden(
        'このコミットメントを更新できるのは、担当団体のDX責任者・県DX推進チーム・人材機構です。',
      );
    }
    if (locked) assertVersion(locked.version, expected);
    const status = input.status ?? before.status;
    if (status === 'open' && input.closedOn) {
      throw errors.validation([
        { path: 'closedOn', message: '完了日・取りやめ日は、完了または取りやめにするときだけ指定できます' },
      ]);
    }
    const closedOn = status === 'open' ? null : (input.closedOn ?? before.closedOn ?? todayInJapan());
    if (closedOn && before.meetingHeldOn && closedOn < before.meetingHeldOn) {
      throw errors.validation([{ path: 'closedOn', message: '完了日が会議の開催日より前になっています' }]);
    }
    await tx
      .update(commitments)
      .set({
        status,
        closedOn,
        resolution: input.resolution ?? before.resolution,
        dueOn: input.dueOn ?? before.dueOn,
        updatedAt: new Date(),
        version: nextVersion(commitments.version),
      })
      .where(eq(commitments.id, id));
    const after = (await findCommitment(tx, id))!;
    const pick = (c: CommitmentRow) => ({
      status: c.status,
      closedOn: c.closedOn,
      resolution: c.resolution,
      dueOn: c.dueOn,
    });
    await writeAudit(
      tx,
      actor,
      {
        action:
          status !== before.status
            ? `commitment.${status === 'open' ? 'reopen' : status}`
            : 'commitment.update',
        entityType: 'commitment',
        entityId: id,
        before: pick(before),
        after: pick(after),
      },
      requestId,
    );
    return after;
  });
}
