import { eq } from 'drizzle-orm';
import { timelineEvents } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { getTimelineEvent } from './list-timeline.ts';

/** Removes an event of the 沿革 (admins); 412 when stale. Audited with the event as it was. */
export async function deleteTimelineEvent(
  db: Db,
  actor: Actor,
  id: number,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(timelineEvents).where(eq(timelineEvents.id, id)).for('update');
    if (!locked) throw errors.notFound('沿革の出来事');
    assertVersion(locked.version, expected);
    const before = await getTimelineEvent(tx, id);
    await tx.delete(timelineEvents).where(eq(timelineEvents.id, id));
    await writeAudit(
      tx,
      actor,
      {
        action: 'timeline_event.delete',
        entityType: 'timeline_event',
        entityId: String(id),
        before: { ...locked, orgCodes: before.bodies.map((b) => b.code) },
      },
      requestId,
    );
  });
}
