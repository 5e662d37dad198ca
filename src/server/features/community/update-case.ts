import { eq } from 'drizzle-orm';
import { communityCases } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { linkedPracticeTitle } from './cases.ts';
import type { UpdateCaseInput } from './community.schema.ts';
import { getCase } from './get-case.ts';
import { todayInJapan } from './today.ts';

/**
 * Who takes a case to closure: the program office and the talent organisation (who run the sharing
 * cycle) for every body; a body's DX manager and staff for their own body's cases; the person who
 * reported it.
 */
export function mayUpdateCase(
  actor: Actor,
  row: { orgCode: string; reporterUserId: string | null },
): boolean {
  if (actor.role === 'admin' || actor.role === 'talent_officer') return true;
  if (
    (actor.role === 'municipal_manager' || actor.role === 'municipal_staff') &&
    actor.orgCode === row.orgCode
  )
    return true;
  return actor.userId !== null && row.reporterUserId === actor.userId;
}

/**
 * Moves a case along 未対応 → 対応中 → 解決 (or back), records the response and links the good practice
 * that answers it. Resolving needs a response and stamps today's date; any other status clears it.
 * 403 for someone who may not; 412 when it changed since the version the client expects. Audited.
 */
export async function updateCase(
  db: Db,
  actor: Actor,
  id: string,
  patch: UpdateCaseInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(communityCases).where(eq(communityCases.id, id)).for('update');
    if (!before) throw errors.notFound('事例・課題');
    if (!mayUpdateCase(actor, before)) {
      throw errors.forbidden(
        '事例・課題を更新できるのは、その団体の担当者、報告した人と県DX推進チーム・人材機構です。',
      );
    }
    assertVersion(before.version, expected);
    const status = patch.status ?? before.status;
    const response = patch.response ?? before.response;
    if (status === 'resolved' && response.trim() === '') {
      throw errors.validation([{ path: 'response', message: '解決にするには対応内容を入力してください' }]);
    }
    if (patch.practiceId !== undefined) await linkedPracticeTitle(tx, patch.practiceId);
    const resolvedOn = status !== 'resolved' ? null : (before.resolvedOn ?? todayInJapan());
    const [after] = await tx
      .update(communityCases)
      .set({
        status,
        response,
        ...(patch.practiceId === undefined ? {} : { practiceId: patch.practiceId }),
        resolvedOn,
        updatedAt: new Date(),
        version: nextVersion(communityCases.version),
      })
      .where(eq(communityCases.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      { action: 'case.update', entityType: 'case', entityId: id, before, after },
      requestId,
    );
  });
  return getCase(db, id);
}
