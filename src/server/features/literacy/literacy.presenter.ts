import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { CourseWithSessions, SessionWithTotals } from './list-courses.ts';

/** A session with its totals. */
export function presentSession(s: SessionWithTotals) {
  return {
    id: s.id,
    fiscalYear: s.fiscalYear,
    fiscalYearLabel: formatFiscalYear(s.fiscalYear),
    title: s.title,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    bodies: s.bodies,
    participants: s.participants,
  };
}

/** A course of the menu with its sessions. */
export function presentCourse(c: CourseWithSessions) {
  return {
    id: c.id,
    name: c.name,
    category: c.category,
    organiser: c.organiser,
    method: c.method,
    period: c.period,
    content: c.content,
    statusFiscalYear: c.statusFiscalYear,
    statusFiscalYearLabel: c.statusFiscalYear === null ? null : formatFiscalYear(c.statusFiscalYear),
    statusNote: c.statusNote,
    sessions: c.sessions.map(presentSession),
  };
}
