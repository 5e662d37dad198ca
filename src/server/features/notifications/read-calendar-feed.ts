import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { calendarFeeds, meetingAttendees, meetings, users } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { todayInJapan } from '../procurement/contract-window.ts';
import { hashFeedToken } from './calendar-feed-token.ts';
import { calendarFeedIcs, snapshotOf } from './meeting-calendar.ts';
import { MEETING_PARTICIPANT_ROLES } from './recipients.ts';

/** How far back the feed reaches (a calendar keeps what it has already shown). */
const PAST_DAYS = 365;

/**
 * The personal calendar behind a feed secret: the meetings the person is invited to — their body is
 * on the attendance list and they take part for it — from a year ago on, as iCalendar. 404 for an
 * unknown or revoked secret, or a disabled account.
 */
export async function readCalendarFeed(
  db: Db,
  token: string,
  options: { publicUrl: string; organizer: { name: string; email: string } },
): Promise<string> {
  const [owner] = await db
    .select({ orgCode: users.orgCode, role: users.role, disabled: users.disabled })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashFeedToken(token)));
  if (!owner || owner.disabled) throw errors.notFound('予定表');
  const since = new Date(`${todayInJapan()}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - PAST_DAYS);
  const invited = MEETING_PARTICIPANT_ROLES.includes(owner.role)
    ? await db
        .selectDistinct({ id: meetingAttendees.meetingId })
        .from(meetingAttendees)
        .where(eq(meetingAttendees.orgCode, owner.orgCode))
    : [];
  const rows =
    invited.length === 0
      ? []
      : await db
          .select()
          .from(meetings)
          .where(
            and(
              inArray(
                meetings.id,
                invited.map((m) => m.id),
              ),
              gte(meetings.heldOn, since.toISOString().slice(0, 10)),
            ),
          )
          .orderBy(asc(meetings.heldOn));
  return calendarFeedIcs(
    rows.map((m) => snapshotOf(m)),
    { ...options, name: 'DXShip 会議' },
  );
}
