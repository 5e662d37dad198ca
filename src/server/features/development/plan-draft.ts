/**
 * Drafting a yearly training plan from a skill sheet's gaps (decision record
 * docs/decisions/005-training-plan-draft.md). Pure: no database.
 *
 * The model: a course "closes" the gaps of the skill items it covers, so the gap it closes is the sum
 * of the remaining gaps of those items. Greedy weighted set cover:
 * 1. among the courses not yet picked that close some gap and fit the remaining budget, take the one
 *    with the most gap closed per hour of study (time is what a working official lacks; many courses
 *    cost nothing — 課程研修, communities — so gap per yen is undefined for them, and the budget is a
 *    separate hard limit instead);
 * 2. ties: more gap closed, then lower cost, then fewer hours, then the order the courses were given;
 * 3. the picked course's items are closed (their remaining gap becomes 0); its target item is the
 *    covered item with the largest remaining gap at the time (ties: the order the gaps were given);
 * 4. repeat until no gap remains or no affordable course closes any.
 * Largest gaps weigh most in every step, so the courses that close the largest gaps come first.
 */

/** A course as the draft sees it. */
export type DraftCourse = { id: string; skillItems: readonly string[]; hours: number; costYen: number };

/** A gap as the draft sees it (give them largest first, as skillGaps answers them). */
export type DraftGap = { item: string; gap: number };

/** One pick, in the order the greedy made it. */
export type DraftPick = {
  courseId: string;
  targetItem: string;
  /** Summed remaining gap of the covered items when picked. */
  gapClosed: number;
  costYen: number;
  hours: number;
};

/** The summed remaining gap of the items a course covers. */
export function gapClosedBy(
  course: Pick<DraftCourse, 'skillItems'>,
  remaining: ReadonlyMap<string, number>,
): number {
  let sum = 0;
  for (const item of new Set(course.skillItems)) sum += remaining.get(item) ?? 0;
  return sum;
}

/** Gap closed per hour (a course of 0 hours counts as 1 hour). */
export function scoreOf(course: DraftCourse, remaining: ReadonlyMap<string, number>): number {
  return gapClosedBy(course, remaining) / Math.max(1, course.hours);
}

/** Whether pick `a` beats pick `b` (both scored against the same remaining gaps). */
function better(a: DraftCourse, b: DraftCourse, remaining: ReadonlyMap<string, number>): boolean {
  const [sa, sb] = [scoreOf(a, remaining), scoreOf(b, remaining)];
  if (sa !== sb) return sa > sb;
  const [ga, gb] = [gapClosedBy(a, remaining), gapClosedBy(b, remaining)];
  if (ga !== gb) return ga > gb;
  if (a.costYen !== b.costYen) return a.costYen < b.costYen;
  return a.hours < b.hours;
}

/**
 * The draft: courses in the order picked. `budgetYen` (optional) caps the summed cost of the picks;
 * `spentYen` is what the plan has already used (e.g. completed items kept from an earlier draft).
 */
export function draftPlan(
  courses: readonly DraftCourse[],
  gaps: readonly DraftGap[],
  options: { budgetYen?: number; spentYen?: number } = {},
): DraftPick[] {
  const remaining = new Map(gaps.filter((g) => g.gap > 0).map((g) => [g.item, g.gap]));
  let left =
    options.budgetYen === undefined ? Number.POSITIVE_INFINITY : options.budgetYen - (options.spentYen ?? 0);
  const open = [...courses];
  const picks: DraftPick[] = [];
  for (;;) {
    let best: DraftCourse | undefined;
    for (const c of open) {
      if (c.costYen > left || gapClosedBy(c, remaining) === 0) continue;
      if (!best || better(c, best, remaining)) best = c;
    }
    if (!best) return picks;
    const chosen = best;
    const target = gaps.find((g) => chosen.skillItems.includes(g.item) && (remaining.get(g.item) ?? 0) > 0);
    picks.push({
      courseId: chosen.id,
      targetItem: target?.item ?? chosen.skillItems[0] ?? '',
      gapClosed: gapClosedBy(chosen, remaining),
      costYen: chosen.costYen,
      hours: chosen.hours,
    });
    for (const item of chosen.skillItems) remaining.delete(item);
    left -= chosen.costYen;
    open.splice(open.indexOf(chosen), 1);
  }
}

/** Courses in the order the draft would prefer them against these gaps (stable for ties). */
export function rankCourses<T extends DraftCourse>(courses: readonly T[], gaps: readonly DraftGap[]): T[] {
  const remaining = new Map(gaps.filter((g) => g.gap > 0).map((g) => [g.item, g.gap]));
  return courses
    .map((course, index) => ({ course, index }))
    .filter((x) => gapClosedBy(x.course, remaining) > 0)
    .sort((x, y) => {
      if (better(x.course, y.course, remaining)) return -1;
      if (better(y.course, x.course, remaining)) return 1;
      return x.index - y.index;
    })
    .map((x) => x.course);
}
