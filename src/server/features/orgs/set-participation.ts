import { and, eq } from 'drizzle-orm';
import { orgParticipation } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { getOrg } from './get-org.ts';

/**
 * Records whether a body takes part in the talent share in a 年度 (idempotent), audited.
 * The prefecture runs the share and is not itself a participant.
 */
export async function setParticipation(
  db: Db,
  actor: Actor,
  input: { code: string; fiscalYear: number; participates: boolean },
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const before = await getOrg(tx, input.code);
    if (before.type === '県' && input.participates) {
      throw new AppError(
        'PREFECTURE_CANNOT_PARTICIPATE',
        409,
        '県は人材シェアの運営主体のため、参画団体には登録できません。',
      );
    }
    // Upsert / delete-if-present, so that two identical requests racing each other both succeed
    // (idempotent PUT/DELETE): the write itself says whether anything changed; only a change is audited.
    const key = and(
      eq(orgParticipation.orgCode, input.code),
      eq(orgParticipation.fiscalYear, input.fiscalYear),
    );
    const changed = input.participates
      ? await tx
          .insert(orgParticipation)
          .values({ orgCode: input.code, fiscalYear: input.fiscalYear })
          .onConflictDoNothing()
          .returning()
      : await tx.delete(orgParticipation).where(key).returning();
    if (changed.length === 0) return getOrg(tx, input.code);
    const after = await getOrg(tx, input.code);
    const others = after.fiscalYears.filter((y) => y !== input.fiscalYear);
    await writeAudit(
      tx,
      actor,
      {
        action: input.participates ? 'participation.add' : 'participation.remove',
        entityType: 'org',
        entityId: input.code,
        before: {
          fiscalYears: input.participates ? others : [...others, input.fiscalYear].sort((a, b) => a - b),
        },
        after: { fiscalYears: after.fiscalYears },
      },
      requestId,
    );
    return after;
  });
}
