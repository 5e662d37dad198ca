import { and, asc, count, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { commitments, meetingAttendees, meetingMaterials, meetings } from '../../../db/schema/index.ts';
import { fiscalYearRange } from '../../../domain/fiscal-year.ts';
import type { Db } from '../../platform/db.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingWithCounts = MeetingRow & {
  attendeeCount: number;
  materialCount: number;
  openCommitments: number;
};

async function countBy(db: Db, ids: string[], table: 'attendees' | 'materials' | 'open') {
  if (ids.length === 0) return new Map<string, number>();
  const rows =
    table === 'attendees'
      ? await db
          .select({ id: meetingAttendees.meetingId, n: count() })
          .from(meetingAttendees)
          .where(inArray(meetingAttendees.meetingId, ids))
          .groupBy(meetingAttendees.meetingId)
      : table === 'materials'
        ? await db
            .select({ id: meetingMaterials.meetingId, n: count() })
            .from(meetingMaterials)
            .where(inArray(meetingMaterials.meetingId, ids))
            .groupBy(meetingMaterials.meetingId)
        : await db
            .select({ id: commitments.meetingId, n: count() })
            .from(commitments)
            .where(and(inArray(commitments.meetingId, ids), eq(commitments.status, 'open')))
            .groupBy(commitments.meetingId);
  return new Map(rows.map((r) => [r.id ?? '', Number(r.n)]));
}

/** Adds the attendee, material and open-commitment counts to meeting rows. */
export async function withCounts(db: Db, rows: MeetingRow[]): Promise<MeetingWithCounts[]> {
  const ids = rows.map((m) => m.id);
  const [attendees, materials, open] = await Promise.all([
    countBy(db, ids, 'attendees'),
    countBy(db, ids, 'materials'),
    countBy(db, ids, 'open'),
  ]);
  return rows.map((m) => ({
    ...m,
    attendeeCount: attendees.get(m.id) ?? 0,
    materialCount: materials.get(m.id) ?? 0,
    openCommitments: open.get(m.id) ?? 0,
  }));
}

/** Meetings of a kind and/or 年度, oldest first. Meetings are shared: every signed-in role reads them. */
export async function listMeetings(
  db: Db,
  filter: { kind?: MeetingRow['kind']; fiscalYear?: number },
): Promise<MeetingWithCounts[]> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(meetings.kind, filter.kind));
  if (filter.fiscalYear !== undefined) {
    const { start, end } = fiscalYearRange(filter.fiscalYear);
    conditions.push(gte(meetings.heldOn, start), lte(meetings.heldOn, end));
  }
  const rows = await db
    .select()
    .from(meetings)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(meetings.heldOn), asc(meetings.createdAt));
  return withCounts(db, rows);
}
