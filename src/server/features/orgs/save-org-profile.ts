import { and, eq } from 'drizzle-orm';
import { orgProfiles } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { getOrg } from './get-org.ts';
import type { OrgProfileRow } from './list-org-profiles.ts';
import type { OrgProfileInput } from './orgs.schema.ts';

/** Who keeps a body's profile: admins for every body, the body's DX manager for their own. */
export function mayEditOrgProfile(actor: Actor, orgCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'municipal_manager' && actor.orgCode === orgCode);
}

/**
 * Records a body's profile for a 年度 (population, staff, DX organisation): created the first time,
 * replaced after (idempotent). With If-Match the stored version must match — a profile that does not
 * exist yet has none, so only `*` or no If-Match creates one. Audited with before/after.
 */
export async function saveOrgProfile(
  db: Db,
  actor: Actor,
  key: { code: string; fiscalYear: number },
  input: OrgProfileInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<{ profile: OrgProfileRow; created: boolean }> {
  if (!mayEditOrgProfile(actor, key.code)) {
    throw errors.forbidden('団体の基本情報を変更できるのは、その団体のDX責任者と県DX推進チームです。');
  }
  return db.transaction(async (tx) => {
    await getOrg(tx, key.code);
    const where = and(eq(orgProfiles.orgCode, key.code), eq(orgProfiles.fiscalYear, key.fiscalYear));
    const [before] = await tx.select().from(orgProfiles).where(where).for('update');
    assertVersion(before?.version ?? 0, expected);
    const values = { ...input, updatedAt: new Date() };
    // A profile created by a concurrent request meanwhile is updated (one row per body and 年度).
    const [after] = await tx
      .insert(orgProfiles)
      .values({ orgCode: key.code, fiscalYear: key.fiscalYear, ...values })
      .onConflictDoUpdate({
        target: [orgProfiles.orgCode, orgProfiles.fiscalYear],
        set: { ...values, version: nextVersion(orgProfiles.version) },
      })
      .returning();
    if (!after) throw new Error('upsert returned no row');
    await writeAudit(
      tx,
      actor,
      {
        action: before ? 'org_profile.update' : 'org_profile.create',
        entityType: 'org_profile',
        entityId: `${key.code}/${key.fiscalYear}`,
        before: before ?? null,
        after,
      },
      requestId,
    );
    return { profile: after, created: !before };
  });
}
