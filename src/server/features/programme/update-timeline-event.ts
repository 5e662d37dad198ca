import { eq } from 'drizzle-orm';
import { timelineEvents } from '../../../db/schema/index.ts';
import { normaliseEventDate } from '../../../domain/timeline.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { getTimelineEvent, type TimelineRow } from './list-timeline.ts';
import type { TimelineEventPatch } from './programme.schema.ts';
import { setTimelineBodies } from './timeline-bodies.ts';

/** Changes an event of the 沿革 (admins); 412 when it changed since the version the client expects. Audited. */
export async function updateTimelineEvent(
  db: Db,
  actor: Actor,
  id: number,
  patch: TimelineEventPatch,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<TimelineRow> {
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(timelineEvents).where(eq(timelineEvents.id, id)).for('update');
    if (!locked) throw errors.notFound('沿革の出来事');
    assertVersion(locked.version, expected);
    const before = await getTimelineEvent(tx, id);
    const { orgCodes, ...fields } = patch;
    const precision = fields.precision ?? locked.precision;
    const occurredOn = normaliseEventDate(fields.occurredOn ?? locked.occurredOn, precision);
    const [after] = await tx
      .update(timelineEvents)
      .set({ ...fields, occurredOn, updatedAt: new Date(), version: nextVersion(timelineEvents.version) })
      .where(eq(timelineEvents.id, id))
      .returning();
    if (orgCodes) await setTimelineBodies(tx, id, orgCodes);
    await writeAudit(
      tx,
      actor,
      {
        action: 'timeline_event.update',
        entityType: 'timeline_event',
        entityId: String(id),
        before: { ...locked, orgCodes: before.bodies.map((b) => b.code) },
        after: { ...after, orgCodes: orgCodes ?? before.bodies.map((b) => b.code) },
      },
      requestId,
    );
  });
  return getTimelineEvent(db, id);
}
