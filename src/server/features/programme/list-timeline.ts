import { asc, eq, inArray } from 'drizzle-orm';
import { orgs, timelineEventOrgs, timelineEvents } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

export type TimelineRow = typeof timelineEvents.$inferSelect & { bodies: { code: string; name: string }[] };

async function withBodies(db: Db, events: (typeof timelineEvents.$inferSelect)[]): Promise<TimelineRow[]> {
  const ids = events.map((e) => e.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .select({ eventId: timelineEventOrgs.eventId, code: orgs.code, name: orgs.name })
          .from(timelineEventOrgs)
          .innerJoin(orgs, eq(orgs.code, timelineEventOrgs.orgCode))
          .where(inArray(timelineEventOrgs.eventId, ids))
          .orderBy(asc(orgs.code));
  return events.map((e) => ({
    ...e,
    bodies: links.filter((l) => l.eventId === e.id).map(({ code, name }) => ({ code, name })),
  }));
}

/** The 沿革 in time order (events known to the same day by when they were recorded). Shared with every role. */
export async function listTimeline(db: Db): Promise<TimelineRow[]> {
  const events = await db
    .select()
    .from(timelineEvents)
    .orderBy(asc(timelineEvents.occurredOn), asc(timelineEvents.id));
  return withBodies(db, events);
}

/** One event with its bodies; 404 when there is none. */
export async function getTimelineEvent(db: Db, id: number): Promise<TimelineRow> {
  const [event] = await db.select().from(timelineEvents).where(eq(timelineEvents.id, id));
  if (!event) throw errors.notFound('沿革の出来事');
  const [row] = await withBodies(db, [event]);
  return row!;
}
