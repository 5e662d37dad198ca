import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-db.ts';
import { DEMO_COURSES, loadSkillsDemo } from '../../../db/demo/skills-demo.ts';
import { loadTalentDemo } from '../../../db/demo/talent-demo.ts';
import {
  people,
  skillAssessments,
  skillEvidence,
  skillSheets,
  TRAINING_KINDS,
  trainingCourses,
  trainingPlanItems,
  trainingPlans,
} from '../../../db/schema/index.ts';
import { CLI_ACTOR } from '../../platform/actor.ts';
import type { Database, Db } from '../../platform/db.ts';
import { summariseSkillSheets } from '../skills/compute-sheet-summary.ts';

let first: Database;
let second: Database;
let personIds: string[];

async function load(database: Database): Promise<string[]> {
  const ids = await loadTalentDemo(database.db, CLI_ACTOR);
  await loadSkillsDemo(database.db, { personIds: ids });
  return ids;
}

/** Everything the demo drew, keyed by 職員番号 and course name (ids differ between loads). */
async function fingerprint(db: Db) {
  const rows = await db
    .select({
      employeeNo: people.employeeNo,
      fiscalYear: skillSheets.fiscalYear,
      status: skillSheets.status,
      item: skillAssessments.itemCode,
      self: skillAssessments.selfLevel,
      evaluator: skillAssessments.evaluatorLevel,
    })
    .from(skillAssessments)
    .innerJoin(skillSheets, eq(skillSheets.id, skillAssessments.sheetId))
    .innerJoin(people, eq(people.id, skillSheets.personId))
    .orderBy(asc(people.employeeNo), asc(skillSheets.fiscalYear), asc(skillAssessments.itemCode));
  const plans = await db
    .select({ employeeNo: people.employeeNo, course: trainingCourses.name, status: trainingPlanItems.status })
    .from(trainingPlanItems)
    .innerJoin(trainingPlans, eq(trainingPlans.id, trainingPlanItems.planId))
    .innerJoin(people, eq(people.id, trainingPlans.personId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingPlanItems.courseId))
    .orderBy(asc(people.employeeNo), asc(trainingPlanItems.id));
  return { rows, plans };
}

beforeAll(async () => {
  [first, second] = [await createTestDatabase(), await createTestDatabase()];
  personIds = await load(first);
  await load(second);
});
afterAll(async () => {
  await first.close();
  await second.close();
});

describe('loadSkillsDemo', () => {
  it('writes a catalogue of 25+ courses across the five kinds, 課程研修 by grade', async () => {
    const courses = await first.db.select().from(trainingCourses);
    expect(courses.length).toBe(DEMO_COURSES.length);
    expect(courses.length).toBeGreaterThanOrEqual(25);
    expect(new Set(courses.map((c) => c.kind))).toEqual(new Set(TRAINING_KINDS));
    expect(courses.filter((c) => c.grade !== null).every((c) => c.kind === 'course')).toBe(true);
    expect(new Set(courses.filter((c) => c.kind === 'course').map((c) => c.grade)).size).toBe(5);
  });

  it('opens R5 and R6 sheets for everyone hired by then, levels 0–4', async () => {
    const persons = await first.db.select().from(people);
    const sheets = await first.db.select().from(skillSheets);
    for (const p of persons) {
      const years = sheets
        .filter((s) => s.personId === p.id)
        .map((s) => s.fiscalYear)
        .sort();
      expect(years).toEqual([2023, 2024].filter((fy) => fy >= p.hiringFiscalYear));
    }
    expect(sheets.filter((s) => s.fiscalYear === 2023).every((s) => s.status === 'evaluated')).toBe(true);
    const levels = (await first.db.select().from(skillAssessments)).flatMap((a) => [
      a.selfLevel,
      a.evaluatorLevel,
    ]);
    expect(levels.every((l) => l === null || (l >= 0 && l <= 4))).toBe(true);
  });

  it('yields plausible achievement, growing from R5 to R6 for most people', async () => {
    const summaries = await summariseSkillSheets(first.db, personIds);
    const pairs = [...summaries.values()].filter((s) => s.length === 2 && s[1]?.status === 'evaluated');
    expect(pairs.length).toBeGreaterThan(10);
    const r5 = pairs.map((s) => s[0]!.achievementPercent);
    expect(Math.min(...r5)).toBeGreaterThan(30);
    expect(Math.max(...r5)).toBeLessThanOrEqual(100);
    const grew = pairs.filter(
      ([a, b]) => a!.careerStage === b!.careerStage && b!.achievementPercent >= a!.achievementPercent,
    );
    expect(grew.length).toBe(pairs.filter(([a, b]) => a!.careerStage === b!.careerStage).length);
  });

  it('adds certification, OJT and training evidence; every completed item is evidence for its target', async () => {
    const evidence = await first.db.select().from(skillEvidence);
    expect(new Set(evidence.map((e) => e.kind))).toEqual(new Set(['certification', 'ojt', 'training']));
    const items = await first.db.select().from(trainingPlanItems);
    const completed = items.filter((i) => i.status === 'completed');
    expect(completed.length).toBeGreaterThan(5);
    expect(items.some((i) => i.status === 'planned')).toBe(true);
    for (const item of completed) {
      expect(evidence.filter((e) => e.kind === 'training' && e.reference === String(item.id))).toHaveLength(
        1,
      );
      expect(item.completedOn! >= '2024-04-01' && item.completedOn! <= '2025-03-31').toBe(true);
    }
  });

  it('drafts R6 plans within the budget, never proposing OJT or another grade’s 課程研修', async () => {
    const rows = await first.db
      .select({
        planId: trainingPlans.id,
        fy: trainingPlans.fiscalYear,
        cost: trainingPlanItems.costYen,
        course: trainingCourses,
        grade: people.grade,
      })
      .from(trainingPlanItems)
      .innerJoin(trainingPlans, eq(trainingPlans.id, trainingPlanItems.planId))
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingPlanItems.courseId))
      .innerJoin(people, eq(people.id, trainingPlans.personId));
    expect(rows.every((r) => r.fy === 2024 && r.course.kind !== 'ojt')).toBe(true);
    expect(rows.every((r) => r.course.grade === null || r.course.grade === r.grade)).toBe(true);
    const perPlan = new Map<string, number>();
    for (const r of rows) perPlan.set(r.planId, (perPlan.get(r.planId) ?? 0) + r.cost);
    expect(Math.max(...perPlan.values())).toBeLessThanOrEqual(60_000);
  });

  it('is deterministic: the same roster gives the same levels and plans', async () => {
    expect(await fingerprint(second.db)).toEqual(await fingerprint(first.db));
  });
});
