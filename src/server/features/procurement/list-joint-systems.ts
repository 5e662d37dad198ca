import { asc, eq } from 'drizzle-orm';
import { jointSystemParticipants, jointSystems, orgs } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

/** Joint-use systems (p.27) with their lead body and each participant's own contract. */
export async function listJointSystems(db: Db, id?: number) {
  const base = db
    .select({ system: jointSystems, leadOrgName: orgs.name })
    .from(jointSystems)
    .innerJoin(orgs, eq(orgs.code, jointSystems.leadOrgCode));
  const rows = await (id === undefined ? base : base.where(eq(jointSystems.id, id))).orderBy(
    asc(jointSystems.id),
  );
  if (id !== undefined && rows.length === 0) throw errors.notFound('共同利用システム');
  const participants = await db
    .select({ p: jointSystemParticipants, orgName: orgs.name })
    .from(jointSystemParticipants)
    .innerJoin(orgs, eq(orgs.code, jointSystemParticipants.orgCode))
    .orderBy(asc(jointSystemParticipants.orgCode));
  return rows.map(({ system, leadOrgName }) => {
    const mine = participants
      .filter((x) => x.p.jointSystemId === system.id)
      .map((x) => ({
        orgCode: x.p.orgCode,
        orgName: x.orgName,
        contractStart: x.p.contractStart,
        contractEnd: x.p.contractEnd,
        yearlyCost: x.p.yearlyCost,
        joinedFiscalYear: x.p.joinedFiscalYear,
      }));
    return { system, leadOrgName, participants: mine };
  });
}
