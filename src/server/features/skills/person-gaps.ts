import { and, desc, eq, lte } from 'drizzle-orm';
import { skillSheets } from '../../../db/schema/index.ts';
import { SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { type CourseRow, eligibleCourses } from '../development/eligible-courses.ts';
import { rankCourses } from '../development/plan-draft.ts';
import { findVisiblePerson } from '../talent/person-access.ts';
import { computeSheets, type SheetComputation, type SheetRow } from './compute-sheet-summary.ts';
import { assertSeesEvaluations } from './sheet-access.ts';

const COURSES_PER_GAP = 3;

/** A person's sheet of the 年度 (or, without one given, the latest), measured; 404 when there is none. */
export async function findSheetOf(
  db: Db,
  personId: string,
  fiscalYear: number | undefined,
  mode: 'exact' | 'latestUpTo' = 'exact',
): Promise<{ sheet: SheetRow; computation: SheetComputation }> {
  const year =
    fiscalYear === undefined
      ? undefined
      : mode === 'exact'
        ? eq(skillSheets.fiscalYear, fiscalYear)
        : lte(skillSheets.fiscalYear, fiscalYear);
  const [sheet] = await db
    .select()
    .from(skillSheets)
    .where(and(eq(skillSheets.personId, personId), year))
    .orderBy(desc(skillSheets.fiscalYear))
    .limit(1);
  if (!sheet) throw errors.notFound('スキルシート');
  const [measured] = await computeSheets(db, [sheet]);
  if (!measured) throw new Error('sheet not measured');
  return measured;
}

/**
 * A person's gaps in a 年度, largest first, each with the courses that close it — the eligible
 * courses (eligible-courses.ts) covering the item, ranked as the plan draft ranks them.
 */
export async function personGaps(db: Db, actor: Actor, personId: string, fiscalYear: number | undefined) {
  const { person, relation } = await findVisiblePerson(db, actor, personId);
  assertSeesEvaluations(relation);
  const { sheet, computation } = await findSheetOf(db, person.id, fiscalYear);
  const ranked = rankCourses(await eligibleCourses(db, person), computation.gaps);
  const itemOf = new Map(SKILL_ITEMS.map((i) => [i.code, i]));
  return {
    sheet,
    computation,
    gaps: computation.gaps.map((g) => ({
      itemCode: g.item,
      name: itemOf.get(g.item)?.name ?? g.item,
      categoryName: itemOf.get(g.item)?.categoryName ?? '',
      target: g.target,
      level: g.level,
      gap: g.gap,
      courses: ranked
        .filter((c) => c.skillItems.includes(g.item))
        .slice(0, COURSES_PER_GAP)
        .map(presentCourseBrief),
    })),
  };
}

/** The few fields of a course shown beside a gap. */
export function presentCourseBrief(c: CourseRow) {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    provider: c.provider,
    hours: c.hours,
    costYen: c.costYen,
    skillItems: c.skillItems,
  };
}
