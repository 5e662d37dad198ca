import { fiscalYearOf } from '../../../domain/fiscal-year.ts';
import { formatEventDate } from '../../../domain/timeline.ts';
import type { ProgrammeSettings } from './get-settings.ts';
import type { TimelineRow } from './list-timeline.ts';

/** An event of the 沿革 with its date in 和暦 as far as it is known. */
export function presentTimelineEvent(e: TimelineRow) {
  return {
    id: e.id,
    occurredOn: e.occurredOn,
    precision: e.precision,
    dateLabel: formatEventDate(e.occurredOn, e.precision),
    fiscalYear: fiscalYearOf(e.occurredOn),
    title: e.title,
    detail: e.detail,
    bodies: e.bodies,
    sourcePage: e.sourcePage,
    version: e.version,
  };
}

/** The programme's settings. */
export function presentSettings(s: ProgrammeSettings) {
  return {
    savingsRatePercent: s.savingsRatePercent,
    savingsRateBasis: s.savingsRateBasis,
    version: s.version,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}
