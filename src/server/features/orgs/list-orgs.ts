import { asc } from 'drizzle-orm';
import { orgParticipation, orgs } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type OrgWithParticipation = typeof orgs.$inferSelect & { fiscalYears: number[] };

/** Every body in code order (the prefecture first), each with the 年度 it takes part in the share. */
export async function listOrgs(db: Db): Promise<OrgWithParticipation[]> {
  const [rows, participation] = await Promise.all([
    db.select().from(orgs).orderBy(asc(orgs.code)),
    db.select().from(orgParticipation).orderBy(asc(orgParticipation.fiscalYear)),
  ]);
  const years = new Map<string, number[]>();
  for (const p of participation) {
    const list = years.get(p.orgCode) ?? [];
    list.push(p.fiscalYear);
    years.set(p.orgCode, list);
  }
  return rows.map((o) => ({ ...o, fiscalYears: years.get(o.code) ?? [] }));
}
