import { EMPTY_MARK } from '../../../domain/japanese-date.ts';
/** Formats of the placement tables (p.13, p.20). */

/** A head count or FTE as in p.20: 0.4名, 1名; none is －. */
export function formatPeople(count: number): string {
  if (count === 0) return EMPTY_MARK;
  return `${Math.round(count * 100) / 100}名`;
}

/** An FTE for a post (1 → 1名, 0.4 → 0.4名). */
export function formatFte(fte: number): string {
  return `${Math.round(fte * 100) / 100}名`;
}
