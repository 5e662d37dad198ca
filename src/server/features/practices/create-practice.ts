import { eq } from 'drizzle-orm';
import { orgs, practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { canAccessBody } from '../../platform/scope.ts';
import { announceSearchChange } from '../search/search-channel.ts';
import { applySearchChange } from '../search/search-service.ts';
import { getPracticeRow } from './get-practice.ts';
import type { PracticeCreateInput } from './practices.schema.ts';

/** The insertable row of a validated new initiative. */
export function practiceValues(input: PracticeCreateInput, orgCode: string) {
  return {
    orgCode,
    title: input.title,
    category: input.category,
    fiscalYear: input.fiscalYear,
    themes: input.themes,
    funding: input.funding || null,
    status: input.status,
    summary: input.summary,
    outcome: input.outcome || null,
    contact: input.contact || null,
  };
}

/** Registers an initiative of the actor's body (admins: any body), audited and indexed for search. */
export async function createPractice(db: Db, actor: Actor, input: PracticeCreateInput, requestId?: string) {
  const orgCode = input.orgCode ?? actor.orgCode;
  if (!canAccessBody(actor, orgCode)) throw errors.forbidden('他の団体の施策は登録できません。');
  const id = await db.transaction(async (tx) => {
    const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, orgCode));
    if (!org)
      throw errors.validation([{ path: 'orgCode', message: 'この団体コードの団体は登録されていません' }]);
    const [created] = await tx.insert(practices).values(practiceValues(input, orgCode)).returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'practice.create', entityType: 'practice', entityId: String(created.id), after: created },
      requestId,
    );
    await announceSearchChange(tx, { kind: 'practice', ids: [created.id] });
    return created.id;
  });
  await applySearchChange(db, { kind: 'practice', ids: [id] });
  return getPracticeRow(db, id);
}
