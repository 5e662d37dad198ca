import { asc, eq } from 'drizzle-orm';
import { orgProfiles } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { getOrg } from './get-org.ts';

export type OrgProfileRow = typeof orgProfiles.$inferSelect;

/** A body's profiles, oldest 年度 first; 404 for a body that is not one of ours. Shared program information. */
export async function listOrgProfiles(db: Db, code: string): Promise<OrgProfileRow[]> {
  await getOrg(db, code);
  return db
    .select()
    .from(orgProfiles)
    .where(eq(orgProfiles.orgCode, code))
    .orderBy(asc(orgProfiles.fiscalYear));
}
