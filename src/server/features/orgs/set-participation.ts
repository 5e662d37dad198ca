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
    const had = before.fiscalYears.includes(input.fiscalYear);
    if (had !== input.participates) {
      if (input.participates) {
        await tx.insert(orgParticipation).values({ orgCode: input.code, fiscalYear: input.fiscalYear });
      } else {
        await tx
          .delete(orgParticipation)
          .where(
            and(eq(orgParticipation.orgCode, input.code), eq(orgParticipation.fiscalYear, input.fiscalYear)),
          );
      }
      const after = await getOrg(tx, input.code);
      await writeAudit(
        tx,
        actor,
        {
          action: input.participates ? 'participation.add' : 'participation.remove',
          entityType: 'org',
          entityId: input.code,
          before: { fiscalYears: before.fiscalYears },
          after: { fiscalYears: after.fiscalYears },
        },
        requestId,
      );
      return after;
    }
    return before;
  });
}
