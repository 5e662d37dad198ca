import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DraftCourse,
  type DraftGap,
  draftPlan,
  gapClosedBy,
  rankCourses,
  scoreOf,
} from './plan-draft.ts';

const course = (id: string, skillItems: string[], hours: number, costYen = 10_000): DraftCourse => ({
  id,
  skillItems,
  hours,
  costYen,
});
const GAPS: DraftGap[] = [
  { item: 'A', gap: 3 },
  { item: 'B', gap: 2 },
  { item: 'C', gap: 1 },
  { item: 'D', gap: 1 },
];

describe('draftPlan — known answers', () => {
  it('takes the most gap closed per hour first, closing the largest gaps first', () => {
    const picks = draftPlan(
      [
        course('onlyB', ['B'], 10), // 2 / 10
        course('onlyA', ['A'], 10), // 3 / 10 — first
        course('BC', ['B', 'C'], 15), // 3 / 15, ties onlyB on score, closes more → second
        course('unrelated', ['Z'], 1),
      ],
      GAPS,
    );
    expect(picks.map((p) => [p.courseId, p.targetItem, p.gapClosed])).toEqual([
      ['onlyA', 'A', 3],
      ['BC', 'B', 3],
    ]);
  });

  it('prefers a short course over a long one that closes a little more', () => {
    const picks = draftPlan(
      [course('long', ['A', 'B'], 50), course('short', ['B'], 2), course('a', ['A'], 30)],
      GAPS,
    );
    // short 2/2 = 1.0, then a 3/30 = 0.1 beats long (3/50 once B is closed)
    expect(picks.map((p) => p.courseId)).toEqual(['short', 'a']);
  });

  it('breaks ties by lower cost, then fewer hours, then the order given', () => {
    expect(
      draftPlan([course('dear', ['A'], 10, 20_000), course('cheap', ['A'], 10, 5_000)], GAPS)[0]?.courseId,
    ).toBe('cheap');
    expect(draftPlan([course('first', ['A'], 10), course('second', ['A'], 10)], GAPS)[0]?.courseId).toBe(
      'first',
    );
  });

  it('skips what the budget cannot pay and keeps looking', () => {
    const courses = [
      course('big', ['A', 'B'], 10, 50_000),
      course('a', ['A'], 10, 8_000),
      course('c', ['C'], 1, 3_000),
    ];
    expect(draftPlan(courses, GAPS, { budgetYen: 12_000 }).map((p) => p.courseId)).toEqual(['c', 'a']);
    expect(draftPlan(courses, GAPS, { budgetYen: 12_000, spentYen: 9_000 }).map((p) => p.courseId)).toEqual([
      'c',
    ]);
    expect(draftPlan(courses, GAPS, { budgetYen: 0 })).toEqual([]);
  });

  it('targets the largest gap the course covers, ties in the order the gaps were given', () => {
    expect(draftPlan([course('cd', ['D', 'C'], 1)], GAPS)[0]?.targetItem).toBe('C');
    expect(draftPlan([course('ab', ['B', 'A'], 1)], GAPS)[0]?.targetItem).toBe('A');
  });

  it('proposes nothing without gaps or courses', () => {
    expect(draftPlan([course('a', ['A'], 1)], [])).toEqual([]);
    expect(draftPlan([], GAPS)).toEqual([]);
  });
});

describe('rankCourses', () => {
  it('orders courses as the first pick would, leaving out those that close nothing', () => {
    const ranked = rankCourses(
      [course('b', ['B'], 10), course('z', ['Z'], 1), course('a', ['A'], 10), course('ab', ['A', 'B'], 10)],
      GAPS,
    );
    expect(ranked.map((c) => c.id)).toEqual(['ab', 'a', 'b']);
  });
});

const items = ['A', 'B', 'C', 'D', 'E', 'F'];
const gapsArb = fc
  .uniqueArray(fc.constantFrom(...items), { minLength: 0, maxLength: items.length })
  .chain((list) =>
    fc.tuple(...list.map((item) => fc.integer({ min: 1, max: 4 }).map((gap) => ({ item, gap })))),
  )
  .map((gaps) => [...gaps].sort((a, b) => b.gap - a.gap));
const coursesArb = fc.array(
  fc.record({
    skillItems: fc.uniqueArray(fc.constantFrom(...items, 'X'), { minLength: 1, maxLength: 3 }),
    hours: fc.integer({ min: 1, max: 40 }),
    costYen: fc.integer({ min: 0, max: 50 }).map((n) => n * 1000),
  }),
  { maxLength: 12 },
);
const withIds = (list: Omit<DraftCourse, 'id'>[]) => list.map((c, i) => ({ ...c, id: `c${i}` }));

describe('draftPlan — properties', () => {
  it('stays within budget, never repeats a course, and every pick closes some gap', () => {
    fc.assert(
      fc.property(
        coursesArb,
        gapsArb,
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        (raw, gaps, budgetYen) => {
          const picks = draftPlan(withIds(raw), gaps, { budgetYen });
          expect(new Set(picks.map((p) => p.courseId)).size).toBe(picks.length);
          expect(picks.every((p) => p.gapClosed > 0)).toBe(true);
          if (budgetYen !== undefined)
            expect(picks.reduce((s, p) => s + p.costYen, 0)).toBeLessThanOrEqual(budgetYen);
        },
      ),
    );
  });

  it('picks in non-increasing gap-per-hour, and without a budget closes every gap some course covers', () => {
    fc.assert(
      fc.property(coursesArb, gapsArb, (raw, gaps) => {
        const courses = withIds(raw);
        const picks = draftPlan(courses, gaps);
        const rates = picks.map((p) => p.gapClosed / Math.max(1, p.hours));
        for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThanOrEqual(rates[i - 1]!);
        const covered = new Set(courses.flatMap((c) => c.skillItems));
        const closed = new Set(picks.flatMap((p) => courses.find((c) => c.id === p.courseId)!.skillItems));
        for (const g of gaps) expect(closed.has(g.item)).toBe(covered.has(g.item));
      }),
    );
  });

  it('scores a course by the summed remaining gap of its distinct items per hour', () => {
    const remaining = new Map([
      ['A', 3],
      ['B', 1],
    ]);
    expect(gapClosedBy({ skillItems: ['A', 'B', 'A', 'Z'] }, remaining)).toBe(4);
    expect(scoreOf(course('x', ['A', 'B'], 8), remaining)).toBe(0.5);
    expect(scoreOf(course('x', ['A'], 0), remaining)).toBe(3);
  });
});
