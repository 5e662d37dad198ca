import { and, eq } from 'drizzle-orm';
import { literacyParticipation, literacySessions, orgs } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** Who may record a body's participation: the office and officers for any body, a body's DX manager and staff for their own. */
export function canRecordParticipation(actor: Actor, orgCode: string): boolean {
  if (actor.role === 'admin' || actor.role === 'talent_officer') return true;
  return (
    (actor.role === 'municipal_manager' || actor.role === 'municipal_staff') && actor.orgCode === orgCode
  );
}

/**
 * Sets how many staff of a body took part in a session (0 removes the record). Idempotent; audited
 * with the count before and after.
 */
export async function recordParticipation(
  db: Db,
  actor: Actor,
  input: { sessionId: string; orgCode: string; participants: number },
  requestId?: string,
) {
  if (!canRecordParticipation(actor, input.orgCode)) {
    throw errors.forbidden('参加者数を登録できるのは、その団体の担当者と県DX推進チーム・人材機構です。');
  }
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: literacySessions.id })
      .from(literacySessions)
      .where(eq(literacySessions.id, input.sessionId));
    if (!session) throw errors.notFound('研修の実施回');
    const [org] = await tx.select({ name: orgs.name }).from(orgs).where(eq(orgs.code, input.orgCode));
    if (!org) throw errors.notFound('団体');
    const key = and(
      eq(literacyParticipation.sessionId, input.sessionId),
      eq(literacyParticipation.orgCode, input.orgCode),
    );
    const [before] = await tx.select().from(literacyParticipation).where(key);
    if (input.participants === 0) {
      await tx.delete(literacyParticipation).where(key);
    } else {
      await tx
        .insert(literacyParticipation)
        .values(input)
        .onConflictDoUpdate({
          target: [literacyParticipation.sessionId, literacyParticipation.orgCode],
          set: { participants: input.participants, updatedAt: new Date() },
        });
    }
    if ((before?.participants ?? 0) !== input.participants) {
      await writeAudit(
        tx,
        actor,
        {
          action: 'literacy_participation.set',
          entityType: 'literacy_session',
          entityId: input.sessionId,
          before: { orgCode: input.orgCode, participants: before?.participants ?? 0 },
          after: { orgCode: input.orgCode, participants: input.participants },
        },
        requestId,
      );
    }
    return {
      sessionId: input.sessionId,
      orgCode: input.orgCode,
      orgName: org.name,
      participants: input.participants,
    };
  });
}
