import { eq } from 'drizzle-orm';
import { orgs, systems } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { canAccessBody } from '../../platform/scope.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { getSystem } from './get-system.ts';
import type { SystemRow } from './inventory.presenter.ts';
import type { SystemCreateInput } from './inventory.schema.ts';

/** The insertable row of a validated new system. */
export function systemValues(input: SystemCreateInput, orgCode: string) {
  return {
    orgCode,
    name: input.name,
    business: input.business,
    category: input.category || null,
    unit: input.unit || null,
    vendor: input.vendor || null,
    product: input.product || null,
    hosting: input.hosting,
    contractStart: input.contractStart ?? null,
    contractEnd: input.contractEnd ?? null,
    yearlyCost: input.yearlyCost ?? null,
    users: input.users ?? null,
    personalData: input.personalData,
    status: input.status,
    migrationStep: input.migrationStep ?? null,
    migrationTargetDate: input.migrationTargetDate ?? null,
    note: input.note || null,
  };
}

/**
 * Registers a system in the 台帳 of the actor's body (admins: any body), audited; the search index
 * learns of it in this process at once and in others on commit.
 */
export async function createSystem(
  db: Db,
  actor: Actor,
  input: SystemCreateInput,
  requestId?: string,
): Promise<SystemRow> {
  const orgCode = input.orgCode ?? actor.orgCode;
  if (!canAccessBody(actor, orgCode)) throw errors.forbidden('他の団体の台帳には登録できません。');
  const id = await db.transaction(async (tx) => {
    const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, orgCode));
    if (!org)
      throw errors.validation([{ path: 'orgCode', message: 'この団体コードの団体は登録されていません' }]);
    const [created] = await tx.insert(systems).values(systemValues(input, orgCode)).returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'system.create', entityType: 'system', entityId: String(created.id), after: created },
      requestId,
    );
    await announceSearchChange(tx, { kind: 'system', ids: [created.id] });
    return created.id;
  });
  await applySearchChange(db, { kind: 'system', ids: [id] });
  return getSystem(db, id);
}
