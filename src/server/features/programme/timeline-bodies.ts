import { eq } from 'drizzle-orm';
import { timelineEventOrgs } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { resolveOrgNames } from '../community/org-names.ts';

/** Sets the bodies an event concerns (400 on `orgCodes.N` for a code that is not one of ours). */
export async function setTimelineBodies(tx: Db, eventId: number, orgCodes: readonly string[]): Promise<void> {
  await resolveOrgNames(
    tx,
    orgCodes.map((code, i) => ({ path: `orgCodes.${i}`, code })),
  );
  await tx.delete(timelineEventOrgs).where(eq(timelineEventOrgs.eventId, eventId));
  if (orgCodes.length > 0)
    await tx.insert(timelineEventOrgs).values(orgCodes.map((orgCode) => ({ eventId, orgCode })));
}
