import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import type { CourseRow } from './eligible-courses.ts';
import type { PlanItemRow, PlanView } from './load-plans.ts';

const itemName = new Map<string, string>(SKILL_ITEMS.map((i) => [i.code, i.name]));

/** One item of a plan with its course. */
export function presentPlanItem(item: PlanItemRow, course: CourseRow) {
  return {
    id: item.id,
    course: {
      id: course.id,
      kind: course.kind,
      name: course.name,
      provider: course.provider,
      hours: course.hours,
      skillItems: course.skillItems,
    },
    targetItem: item.targetItem
      ? { code: item.targetItem, name: itemName.get(item.targetItem) ?? item.targetItem }
      : null,
    status: item.status,
    completedOn: item.completedOn,
    costYen: item.costYen,
    note: item.note,
  };
}

/** A yearly plan with its items in plan order and its totals (cancelled items count for nothing). */
export function presentPlan(v: PlanView) {
  const live = v.items.filter((x) => x.item.status !== 'cancelled');
  const done = live.filter((x) => x.item.status === 'completed');
  const sum = (list: typeof live, f: (x: (typeof live)[number]) => number) =>
    list.reduce((s, x) => s + f(x), 0);
  return {
    id: v.plan.id,
    version: v.plan.version,
    personId: v.plan.personId,
    fiscalYear: v.plan.fiscalYear,
    fiscalYearLabel: formatFiscalYear(v.plan.fiscalYear),
    updatedAt: v.plan.updatedAt.toISOString(),
    totals: {
      costYen: sum(live, (x) => x.item.costYen),
      completedCostYen: sum(done, (x) => x.item.costYen),
      hours: sum(live, (x) => x.course.hours),
      completedHours: sum(done, (x) => x.course.hours),
    },
    items: v.items.map((x) => presentPlanItem(x.item, x.course)),
  };
}
