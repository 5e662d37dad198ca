/**
 * Which post a person holds in which 年度, from their assignment rows — actual ones and the planned
 * ones of accepted plans. A row holds from its start 年度 to its end (open: onwards) but gives way to
 * any of the person's rows that starts later: an accepted plan for R7 replaces the open-ended actual
 * row from R7, and the plan for R8 replaces the R7 plan from R8. Rows that start together (a 0.4 + 0.6
 * split) run side by side; the main post of a 年度 is the one with the larger FTE.
 *
 * Pure module: no imports outside src/domain, no npm dependencies.
 */

/** One assignment row, as much of it as the timeline needs. */
export type TimelineRow = {
  postId: string;
  start: number;
  end: number | null;
  fte: number;
  status: 'actual' | 'planned';
};

/** The effective last 年度 of each row (Infinity when open-ended), in the order given. */
export function effectiveEnds(rows: readonly TimelineRow[]): number[] {
  return rows.map((row) => {
    const laterStart = Math.min(...rows.filter((r) => r.start > row.start).map((r) => r.start));
    return Math.min(row.end ?? Number.POSITIVE_INFINITY, laterStart - 1);
  });
}

/** The rows in effect in `fiscalYear`, main post first (larger FTE, then planned, then later start). */
export function rowsIn<R extends TimelineRow>(rows: readonly R[], fiscalYear: number): R[] {
  const ends = effectiveEnds(rows);
  return rows
    .filter((row, k) => row.start <= fiscalYear && fiscalYear <= ends[k]!)
    .sort(
      (a, b) =>
        b.fte - a.fte || (a.status === b.status ? 0 : a.status === 'planned' ? -1 : 1) || b.start - a.start,
    );
}

/** The main post held in `fiscalYear`, or null. */
export function mainPostIn(rows: readonly TimelineRow[], fiscalYear: number): TimelineRow | null {
  return rowsIn(rows, fiscalYear)[0] ?? null;
}

/**
 * The first 年度 of the unbroken stretch in `postId` that includes `fiscalYear` (tenure counts from
 * there). Assumes the post is held in `fiscalYear`.
 */
export function heldSince(rows: readonly TimelineRow[], postId: string, fiscalYear: number): number {
  const holds = (y: number) => rowsIn(rows, y).some((r) => r.postId === postId);
  let first = fiscalYear;
  while (holds(first - 1)) first--;
  return first;
}

/** Every post held (main or part-time) with the last 年度 held, up to and including `untilYear`. */
export function lastYearHeld(rows: readonly TimelineRow[], untilYear: number): Map<string, number> {
  const ends = effectiveEnds(rows);
  const last = new Map<string, number>();
  rows.forEach((row, k) => {
    const end = Math.min(ends[k]!, untilYear);
    if (end >= row.start) last.set(row.postId, Math.max(last.get(row.postId) ?? end, end));
  });
  return last;
}
