import { and, eq, sql } from 'drizzle-orm';
import { orgs, practiceAdoptions, practices } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { canAccessBody } from '../../platform/scope.ts';

/**
 * Records (or withdraws) that a body adopted another body's initiative — 「うちも導入しました」 —
 * so reuse is counted. The actor's own body by default; admins may name any. Idempotent; audited
 * when something changes. A body cannot adopt its own initiative (409).
 */
export async function setAdoption(
  db: Db,
  actor: Actor,
  input: { practiceId: number; orgCode?: string; note?: string | null; adopted: boolean },
  requestId?: string,
): Promise<void> {
  const orgCode = input.orgCode ?? actor.orgCode;
  if (!canAccessBody(actor, orgCode)) throw errors.forbidden('他の団体として登録することはできません。');
  await db.transaction(async (tx) => {
    const [practice] = await tx
      .select({ orgCode: practices.orgCode })
      .from(practices)
      .where(eq(practices.id, input.practiceId));
    if (!practice) throw errors.notFound('施策');
    const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, orgCode));
    if (!org)
      throw errors.validation([{ path: 'orgCode', message: 'この団体コードの団体は登録されていません' }]);
    if (input.adopted && practice.orgCode === orgCode) {
      throw new AppError(
        'ADOPTION_OF_OWN_PRACTICE',
        409,
        '自団体の施策には「導入しました」を登録できません。',
      );
    }
    const key = and(
      eq(practiceAdoptions.practiceId, input.practiceId),
      eq(practiceAdoptions.orgCode, orgCode),
    );
    const [before] = await tx.select().from(practiceAdoptions).where(key);
    // Upserts, so that two identical requests racing each other both succeed (idempotent PUT): the
    // write itself says whether anything changed, and only a change is audited.
    if (input.adopted) {
      const note = input.note ?? null;
      const [after] = await tx
        .insert(practiceAdoptions)
        .values({ practiceId: input.practiceId, orgCode, note, createdBy: actor.login })
        .onConflictDoUpdate({
          target: [practiceAdoptions.practiceId, practiceAdoptions.orgCode],
          set: { note },
          setWhere: sql`${practiceAdoptions.note} IS DISTINCT FROM ${note}`,
        })
        .returning();
      if (!after) return;
      await writeAudit(
        tx,
        actor,
        {
          action: 'practice.adopt',
          entityType: 'practice',
          entityId: String(input.practiceId),
          before,
          after,
        },
        requestId,
      );
    } else {
      const [removed] = await tx.delete(practiceAdoptions).where(key).returning();
      if (!removed) return;
      await writeAudit(
        tx,
        actor,
        {
          action: 'practice.unadopt',
          entityType: 'practice',
          entityId: String(input.practiceId),
          before: removed,
        },
        requestId,
      );
    }
  });
}
