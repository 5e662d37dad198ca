import { eq } from 'drizzle-orm';
import { orgs } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { seesAllBodies } from '../../../domain/roles.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assignedToBody } from '../talent/person-access.ts';
import { figuresByJobType, figuresOf, type GroupEntry } from './group-gaps.ts';
import { loadGroupEntries } from './group-population.ts';

function summarise(entries: GroupEntry[], fiscalYear: number, orgCode: string | null, suppress: boolean) {
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYear(fiscalYear),
    orgCode,
    overall: figuresOf(entries, { suppress }),
    byJobType: figuresByJobType(entries, { suppress, includeEmpty: orgCode === null }),
  };
}

/**
 * Skill gaps of the people assigned to a body in a 年度, per job type. Program-wide roles see any body;
 * a body's manager and staff see their own (403 for another body's). The manager sees the figures in
 * full (they see these people's evaluations anyway); staff see groups of fewer than MIN_GROUP_SIZE
 * sheets suppressed.
 */
export async function orgSkillGaps(db: Db, actor: Actor, orgCode: string, fiscalYear: number) {
  const ownBody =
    (actor.role === 'municipal_manager' || actor.role === 'municipal_staff') && actor.orgCode === orgCode;
  if (!seesAllBodies(actor.role) && !ownBody)
    throw errors.forbidden('自団体のスキルギャップのみ閲覧できます。');
  const [org] = await db.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, orgCode));
  if (!org) throw errors.notFound('団体');
  const entries = await loadGroupEntries(db, fiscalYear, assignedToBody(orgCode, fiscalYear));
  return summarise(entries, fiscalYear, orgCode, actor.role === 'municipal_staff');
}

/**
 * Skill gaps of the whole pool in a 年度, per job type (all ten, ①–⑩). Figures without names; roles
 * other than admin and talent_officer see groups of fewer than MIN_GROUP_SIZE sheets suppressed.
 */
export async function poolGaps(db: Db, actor: Actor, fiscalYear: number) {
  const entries = await loadGroupEntries(db, fiscalYear);
  return summarise(entries, fiscalYear, null, !seesAllBodies(actor.role));
}

/**
 * The dashboard's skill distribution in a 年度: people per job type (their sheet's, else their
 * primary job type), how many have a sheet, mean achievement and achievement bands. Small groups are
 * suppressed as in {@link poolGaps}.
 */
export async function skillDistribution(db: Db, actor: Actor, fiscalYear: number) {
  const suppress = !seesAllBodies(actor.role);
  const entries = await loadGroupEntries(db, fiscalYear);
  const total = figuresOf(entries, { suppress });
  return {
    fiscalYear,
    fiscalYearLabel: formatFiscalYear(fiscalYear),
    total: { people: total.headcount, assessed: total.assessed, meanAchievement: total.meanAchievement },
    byJobType: figuresByJobType(entries, { suppress, includeEmpty: true }).map((f) => ({
      jobType: f.jobType,
      people: f.headcount,
      assessed: f.assessed,
      meanAchievement: f.meanAchievement,
      bands: f.bands,
      suppressed: f.suppressed,
    })),
  };
}
