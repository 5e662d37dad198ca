import { eq } from 'drizzle-orm';
import { orgTargetPositions } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { resolveOrgNames } from '../community/org-names.ts';
import { assertRoleFree, lockTarget, type TargetRow, targetJobType } from './targets.ts';
import type { UpdateTargetInput } from './workforce.schema.ts';

/**
 * Changes a role of a body's target organisation (年度, kind, role, job type, count, note). A changed
 * role name or kind maps its job type again unless one is given. 403 for another body's manager;
 * 409 when the body already has that role for the 年度; 412 when it changed since. Audited.
 */
export async function updateTarget(
  db: Db,
  actor: Actor,
  id: string,
  patch: UpdateTargetInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<TargetRow> {
  return db.transaction(async (tx) => {
    const before = await lockTarget(tx, actor, id, expected);
    const remap =
      patch.jobType === undefined && (patch.roleName !== undefined || patch.staffKind !== undefined);
    const merged = {
      ...before,
      ...patch,
      jobType: patch.jobType !== undefined ? patch.jobType : remap ? null : before.jobType,
    };
    const jobType = targetJobType(merged);
    await assertRoleFree(tx, merged, id);
    const [after] = await tx
      .update(orgTargetPositions)
      .set({ ...patch, jobType, updatedAt: new Date(), version: nextVersion(orgTargetPositions.version) })
      .where(eq(orgTargetPositions.id, id))
      .returning();
    if (!after) throw new Error('update returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'target_position.update', entityType: 'org_target_position', entityId: id, before, after },
      requestId,
    );
    const names = await resolveOrgNames(tx, [{ path: 'orgCode', code: after.orgCode }]);
    return { ...after, orgName: names.get(after.orgCode) ?? after.orgCode };
  });
}
