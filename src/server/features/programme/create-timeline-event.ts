import { timelineEvents } from '../../../db/schema/index.ts';
import { normaliseEventDate } from '../../../domain/timeline.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { getTimelineEvent, type TimelineRow } from './list-timeline.ts';
import type { TimelineEventInput } from './programme.schema.ts';
import { setTimelineBodies } from './timeline-bodies.ts';

/**
 * Adds an event to the 沿革 (admins; the route checks the role). Its date is stored as far as it is
 * known (a month as its first day, a 年度 as its 1 April). Audited.
 */
export async function createTimelineEvent(
  db: Db,
  actor: Actor,
  input: TimelineEventInput,
  requestId?: string,
): Promise<TimelineRow> {
  const { orgCodes, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(timelineEvents)
      .values({ ...fields, occurredOn: normaliseEventDate(fields.occurredOn, fields.precision) })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await setTimelineBodies(tx, row.id, orgCodes);
    await writeAudit(
      tx,
      actor,
      {
        action: 'timeline_event.create',
        entityType: 'timeline_event',
        entityId: String(row.id),
        after: { ...row, orgCodes },
      },
      requestId,
    );
    return row.id;
  });
  return getTimelineEvent(db, id);
}
