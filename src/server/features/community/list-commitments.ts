import { and, asc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { commitments, meetings, orgs } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type CommitmentRow = typeof commitments.$inferSelect & {
  ownerOrgName: string;
  meetingTitle: string | null;
  meetingHeldOn: string | null;
};

export type CommitmentFilter = {
  status?: (typeof commitments.$inferSelect)['status'];
  /** Only open commitments due before `today`. */
  overdueOn?: string;
  ownerOrgCode?: string;
  meetingIds?: string[];
};

/** Commitments with their owner body's name and the meeting they were made at, by due date. */
export async function listCommitments(db: Db, filter: CommitmentFilter = {}): Promise<CommitmentRow[]> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(commitments.status, filter.status));
  if (filter.overdueOn)
    conditions.push(eq(commitments.status, 'open'), lt(commitments.dueOn, filter.overdueOn));
  if (filter.ownerOrgCode) conditions.push(eq(commitments.ownerOrgCode, filter.ownerOrgCode));
  if (filter.meetingIds) {
    if (filter.meetingIds.length === 0) return [];
    conditions.push(inArray(commitments.meetingId, filter.meetingIds));
  }
  const rows = await db
    .select({
      commitment: commitments,
      ownerOrgName: orgs.name,
      meetingTitle: meetings.title,
      meetingHeldOn: meetings.heldOn,
    })
    .from(commitments)
    .innerJoin(orgs, eq(orgs.code, commitments.ownerOrgCode))
    .leftJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(commitments.dueOn), asc(commitments.createdAt));
  return rows.map((r) => ({
    ...r.commitment,
    ownerOrgName: r.ownerOrgName,
    meetingTitle: r.meetingTitle,
    meetingHeldOn: r.meetingHeldOn,
  }));
}

/** One commitment, or undefined. */
export async function findCommitment(db: Db, id: string): Promise<CommitmentRow | undefined> {
  const rows = await db
    .select({
      commitment: commitments,
      ownerOrgName: orgs.name,
      meetingTitle: meetings.title,
      meetingHeldOn: meetings.heldOn,
    })
    .from(commitments)
    .innerJoin(orgs, eq(orgs.code, commitments.ownerOrgCode))
    .leftJoin(meetings, eq(meetings.id, commitments.meetingId))
    .where(eq(commitments.id, id));
  const r = rows[0];
  return r
    ? {
        ...r.commitment,
        ownerOrgName: r.ownerOrgName,
        meetingTitle: r.meetingTitle,
        meetingHeldOn: r.meetingHeldOn,
      }
    : undefined;
}
