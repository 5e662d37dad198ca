import { asc, eq } from 'drizzle-orm';
import { orgParticipation, orgs } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { OrgWithParticipation } from './list-orgs.ts';

/** One body with its participation by 年度; 404 when the (valid) code is not one of ours. */
export async function getOrg(db: Db, code: string): Promise<OrgWithParticipation> {
  const [org] = await db.select().from(orgs).where(eq(orgs.code, code)).limit(1);
  if (!org) throw errors.notFound('団体');
  const years = await db
    .select({ fiscalYear: orgParticipation.fiscalYear })
    .from(orgParticipation)
    .where(eq(orgParticipation.orgCode, code))
    .orderBy(asc(orgParticipation.fiscalYear));
  return { ...org, fiscalYears: years.map((y) => y.fiscalYear) };
}
