import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contractLastFiscalYear,
  type MatchingRule,
  type PersonFacts,
  ruleApplies,
} from '../../../domain/matching-rules.ts';
import { MUST_FILL } from '../../../domain/post-priority.ts';
import { DEFAULT_WEIGHTS, type PairFeatures, pairCost } from '../../../optimizer/cost-model.ts';
import { compareLex, type LexValue, solveAssignment } from '../../../optimizer/index.ts';
import { compileMatching } from './compile-matching.ts';
import type { MatchingSettings } from './matching.schema.ts';
import type { MatchingFacts, PersonRecord, PostRecord } from './matching-facts.ts';

/**
 * Each rule against brute force: random small 年度 (bodies, posts, people with histories) and random
 * rules; every plan is enumerated and checked against the rules as they are defined (docs/decisions/015
 * and src/domain/matching-rules.ts), written here again from the definitions — not through
 * `pairViolations` or the compiler. The compiled problem's optimum must be a valid plan with the
 * brute-force lexicographic optimum.
 */

const FY = 2025;
const PREF = '340006';
const MUNIS = ['342025', '342033', '343021'];
const BODIES = [PREF, ...MUNIS];
const isPref = (code: string) => code === PREF;

type PlanPerson = {
  id: string;
  facts: PersonFacts;
  /** Seed of the pair costs. */
  seed: number;
};

type World = {
  posts: PostRecord[];
  people: PlanPerson[];
  rules: MatchingRule[];
  forbidden: { personId: string; postId: string }[];
  pa: number;
  pb: number;
};

const features = (person: PlanPerson, post: PostRecord): PairFeatures => {
  const h = (person.seed * 31 + post.id.charCodeAt(1) * 17) % 97;
  return {
    jobTypeMatch: h % 3 === 0 ? 'primary' : h % 3 === 1 ? 'secondary' : 'none',
    skillShortfall: h % 2,
    preferenceRank: h % 5 === 0 ? null : (h % 3) + 1,
    preferenceCount: 3,
    distanceKm: h,
    isCurrentPost: person.facts.current?.postId === post.id,
    hasCurrentPost: person.facts.current !== null,
    tenureYears: person.facts.current?.tenureYears ?? 0,
    crossesBoundary: h % 4 === 0,
    neverCrossed: h % 7 === 0,
  };
};

const common = (id: string) =>
  fc.record({
    id: fc.constant(id),
    enforcement: fc.constantFrom('hard' as const, 'penalty' as const),
    penalty: fc.integer({ min: 1, max: 60 }),
    note: fc.constant(''),
  });
const period = fc.record({
  fromFiscalYear: fc.constantFrom(null, 2024, 2025, 2026),
  toFiscalYear: fc.constantFrom(null, 2025, 2027),
});

const ruleArb = (k: number): fc.Arbitrary<MatchingRule> =>
  fc.oneof(
    fc
      .tuple(
        common(`r${k}`),
        fc.record({
          kind: fc.constant('crossBodyMove' as const),
          category: fc.constantFrom(
            'pref_it' as const,
            'fixed_term_expert' as const,
            'municipal_registered' as const,
          ),
          targetKind: fc.constantFrom('prefecture' as const, 'municipality' as const),
          allowedFromFiscalYear: fc.constantFrom(2024, 2026),
          employerOrgCode: fc.constantFrom(null, MUNIS[0]!),
        }),
      )
      .map(([c, r]) => ({ ...c, ...r })),
    fc
      .tuple(
        common(`r${k}`),
        fc.record({
          kind: fc.constant('stayUntil' as const),
          orgCode: fc.constantFrom(...BODIES),
          throughFiscalYear: fc.constantFrom(2024, 2026),
        }),
      )
      .map(([c, r]) => ({ ...c, ...r })),
    fc
      .tuple(
        common(`r${k}`),
        period,
        fc.record({
          kind: fc.constantFrom('minTenure' as const, 'maxTenure' as const),
          years: fc.integer({ min: 1, max: 5 }),
          orgCode: fc.constantFrom(null, ...BODIES),
        }),
      )
      .map(([c, p, r]) => ({ ...c, ...p, ...r })),
    fc
      .tuple(
        common(`r${k}`),
        period,
        fc.record({ kind: fc.constant('noReturn' as const), years: fc.integer({ min: 1, max: 4 }) }),
      )
      .map(([c, p, r]) => ({ ...c, ...p, ...r })),
    fc
      .tuple(
        common(`r${k}`),
        fc.record({
          kind: fc.constant('fixedTermContract' as const),
          termYears: fc.integer({ min: 1, max: 4 }),
        }),
      )
      .map(([c, r]) => ({ ...c, ...r })),
    fc
      .tuple(
        common(`r${k}`),
        period,
        fc.record({
          kind: fc.constant('bodyHeadcount' as const),
          orgCode: fc.constantFrom(...BODIES),
          min: fc.constantFrom(null, 1, 2),
          max: fc.constantFrom(null, 0, 1, 2),
        }),
      )
      .map(([c, p, r]) => ({ ...c, ...p, ...r, enforcement: 'hard' as const }))
      .filter(
        (r) => (r.min !== null || r.max !== null) && (r.min === null || r.max === null || r.min <= r.max),
      ),
  );

const worldArb: fc.Arbitrary<World> = fc
  .record({
    posts: fc.array(
      fc.record({
        orgCode: fc.constantFrom(...BODIES),
        priority: fc.constantFrom(0, 0, 1, 2),
        fromFiscalYear: fc.integer({ min: 2021, max: 2025 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    people: fc.array(
      fc.record({
        category: fc.constantFrom(
          'pref_it' as const,
          'fixed_term_expert' as const,
          'municipal_registered' as const,
        ),
        employer: fc.constantFrom(...MUNIS),
        hiredYear: fc.integer({ min: 2019, max: 2024 }),
        current: fc.integer({ min: -2, max: 3 }),
        currentOrg: fc.constantFrom(...BODIES),
        tenure: fc.integer({ min: 1, max: 6 }),
        served: fc.subarray(BODIES),
        servedLast: fc.integer({ min: 2019, max: 2024 }),
        seed: fc.integer({ min: 1, max: 1000 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    nRules: fc.integer({ min: 0, max: 4 }),
    ruleSeed: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
    forbidden: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
      maxLength: 2,
    }),
    pa: fc.integer({ min: 0, max: 300 }),
    pb: fc.integer({ min: 0, max: 300 }),
  })
  .chain((w) => fc.tuple(fc.constant(w), fc.tuple(...Array.from({ length: w.nRules }, (_, k) => ruleArb(k)))))
  .map(([w, rules]) => {
    const posts: PostRecord[] = w.posts.map((p, k) => ({ id: `q${k}`, title: `q${k}`, ...p }));
    const usedCurrent = new Set<string>();
    const people: PlanPerson[] = w.people.map((p, i) => {
      // current ≥ 0: an open post (each held by one person at most); −1: a closed post; −2: none.
      let current: PersonFacts['current'] = null;
      const open = posts[p.current];
      if (p.current >= 0 && open && !usedCurrent.has(open.id)) {
        usedCurrent.add(open.id);
        current = { postId: open.id, orgCode: open.orgCode, tenureYears: p.tenure };
      } else if (p.current === -1) {
        current = { postId: `closed-${i}`, orgCode: p.currentOrg, tenureYears: p.tenure };
      }
      const employer = p.category === 'municipal_registered' ? p.employer : PREF;
      return {
        id: `p${i}`,
        seed: p.seed,
        facts: {
          category: p.category,
          employerOrgCode: employer,
          hiredOn: `${p.hiredYear}-${p.category === 'fixed_term_expert' ? '07' : '04'}-01`,
          current,
          served: [
            ...p.served.map((orgCode) => ({ orgCode, lastFiscalYear: p.servedLast })),
            ...(current ? [{ orgCode: current.orgCode, lastFiscalYear: FY - 1 }] : []),
          ],
        },
      };
    });
    const forbidden = w.forbidden
      .filter(([i, k]) => people[i] && posts[k])
      .map(([i, k]) => ({ personId: people[i]!.id, postId: posts[k]!.id }));
    return { posts, people, rules, forbidden, pa: w.pa, pb: w.pb };
  });

function toFacts(w: World): MatchingFacts {
  const holderOf = new Map<string, string>();
  for (const p of w.people) if (p.facts.current) holderOf.set(p.facts.current.postId, p.id);
  return {
    fiscalYear: FY,
    bodies: new Map(BODIES.map((code) => [code, { code, name: code, isPrefecture: isPref(code) }])),
    posts: w.posts,
    people: w.people.map(
      (p): PersonRecord => ({
        id: p.id,
        name: p.id,
        facts: p.facts,
        preferences: [],
        features: (post) => features(p, post),
      }),
    ),
    holderOf,
  };
}

function settingsOf(w: World): MatchingSettings {
  return {
    weights: DEFAULT_WEIGHTS,
    locks: [],
    forbidden: w.forbidden,
    excludedPeople: [],
    excludedPosts: [],
    unfilledPostCost: w.pb,
    unassignedPersonCost: w.pa,
  };
}

/** The rules' meaning, written from their definitions. `null` = the plan breaks a hard rule. */
function evaluate(w: World, plan: Map<string, string | null>): LexValue | null {
  const rules = w.rules.filter((r) => ruleApplies(r, FY));
  const postById = new Map(w.posts.map((p) => [p.id, p]));
  const open = new Set(w.posts.map((p) => p.id));
  // Headcount designations, by the documented order.
  const must = new Set<string>();
  const closed = new Set<string>();
  const outOfContract = (q: PlanPerson) =>
    rules.some(
      (r) =>
        r.kind === 'fixedTermContract' &&
        r.enforcement === 'hard' &&
        q.facts.category === 'fixed_term_expert' &&
        FY > contractLastFiscalYear(q.facts.hiredOn, r.termYears),
    );
  const stayers = new Map<string, string>();
  for (const person of w.people) {
    const cur = person.facts.current;
    if (!cur || !open.has(cur.postId) || outOfContract(person)) continue;
    const stays = rules.some(
      (r) =>
        r.enforcement === 'hard' &&
        ((r.kind === 'stayUntil' && r.orgCode === cur.orgCode) ||
          (r.kind === 'minTenure' &&
            (r.orgCode === null || r.orgCode === cur.orgCode) &&
            cur.tenureYears < r.years)),
    );
    if (stays) stayers.set(person.id, cur.postId);
  }
  const held = new Set(w.people.map((p) => p.facts.current?.postId).filter(Boolean));
  for (const r of rules) {
    if (r.kind !== 'bodyHeadcount') continue;
    const at = w.posts.filter((p) => p.orgCode === r.orgCode);
    const byPriority = [...at].sort((a, b) => b.priority - a.priority || a.fromFiscalYear - b.fromFiscalYear);
    if (r.min !== null) for (const p of byPriority.slice(0, r.min)) must.add(p.id);
    if (r.max !== null) {
      const taken = at.filter((p) => [...stayers.values()].includes(p.id));
      const rest = at
        .filter((p) => !taken.includes(p))
        .sort(
          (a, b) =>
            b.priority - a.priority ||
            Number(held.has(b.id)) - Number(held.has(a.id)) ||
            a.fromFiscalYear - b.fromFiscalYear,
        );
      for (const p of [...taken, ...rest].slice(r.max)) closed.add(p.id);
    }
  }
  const priorityOf = (p: PostRecord) => (must.has(p.id) ? Math.max(p.priority, MUST_FILL) : p.priority);

  let cost = 0;
  for (const person of w.people) {
    const postId = plan.get(person.id) ?? null;
    const f = person.facts;
    const cur = f.current;
    if (outOfContract(person)) {
      if (postId !== null) return null;
      continue; // not a candidate: no unassigned cost either
    }
    if (stayers.has(person.id) && postId !== stayers.get(person.id)) return null;
    if (postId === null) {
      cost += w.pa;
      continue;
    }
    if (closed.has(postId)) return null;
    if (w.forbidden.some((x) => x.personId === person.id && x.postId === postId) && !stayers.has(person.id))
      return null;
    const post = postById.get(postId)!;
    const staying = cur?.postId === postId;
    let points = 0;
    for (const r of rules) {
      let broken = false;
      switch (r.kind) {
        case 'crossBodyMove':
          broken =
            f.category === r.category &&
            (r.employerOrgCode === null || r.employerOrgCode === f.employerOrgCode) &&
            post.orgCode !== f.employerOrgCode &&
            isPref(post.orgCode) === (r.targetKind === 'prefecture');
          break;
        case 'maxTenure':
          broken =
            staying &&
            cur !== null &&
            (r.orgCode === null || r.orgCode === post.orgCode) &&
            cur.tenureYears >= r.years;
          break;
        case 'minTenure':
          broken =
            r.enforcement === 'penalty' &&
            cur !== null &&
            !staying &&
            (r.orgCode === null || r.orgCode === cur.orgCode) &&
            cur.tenureYears < r.years;
          break;
        case 'noReturn':
          broken =
            cur?.orgCode !== post.orgCode &&
            f.served.some((s) => s.orgCode === post.orgCode && s.lastFiscalYear >= FY - r.years);
          break;
        case 'fixedTermContract':
          broken = f.category === 'fixed_term_expert' && FY > contractLastFiscalYear(f.hiredOn, r.termYears);
          break;
        case 'stayUntil':
          if (r.enforcement === 'penalty') {
            const leaving = cur !== null && cur.orgCode === r.orgCode && !staying;
            // The holder must still be a candidate (not out because a 任期付 contract ended).
            const holder = w.people.find((q) => q.facts.current?.postId === postId && !outOfContract(q));
            const taking =
              holder !== undefined && holder.id !== person.id && holder.facts.current?.orgCode === r.orgCode;
            broken = leaving || taking;
          }
          break;
        default:
          break;
      }
      if (!broken) continue;
      // A stayer sits in the current post whatever the pair rules say (the rule placed them there).
      if (r.enforcement === 'hard' && !stayers.has(person.id)) return null;
      if (r.enforcement === 'penalty') points += r.penalty;
    }
    const minTenure = rules.find((r) => r.kind === 'minTenure');
    const dueToMoveYears = minTenure?.kind === 'minTenure' ? minTenure.years : 2;
    cost += pairCost(features(person, post), DEFAULT_WEIGHTS, { dueToMoveYears }).total + points;
  }
  const placed = new Set([...plan.values()].filter((p): p is string => p !== null));
  const countable = w.posts.filter((p) => !closed.has(p.id));
  cost += w.pb * countable.filter((p) => !placed.has(p.id)).length;
  const empties = [2, 1].map(
    (tier) => countable.filter((p) => priorityOf(p) === tier && !placed.has(p.id)).length,
  );
  return { empties, cost };
}

/** Every plan: each person in one open post or none, a post to one person at most. */
function bruteForce(w: World): LexValue | null {
  let best: LexValue | null = null;
  const plan = new Map<string, string | null>();
  const used = new Set<string>();
  const visit = (i: number) => {
    if (i === w.people.length) {
      const v = evaluate(w, plan);
      if (v && (best === null || compareLex(v, best) < 0)) best = v;
      return;
    }
    const id = w.people[i]!.id;
    plan.set(id, null);
    visit(i + 1);
    for (const post of w.posts) {
      if (used.has(post.id)) continue;
      used.add(post.id);
      plan.set(id, post.id);
      visit(i + 1);
      used.delete(post.id);
    }
    plan.delete(id);
  };
  visit(0);
  return best;
}

describe('compileMatching: every rule against brute force (property)', () => {
  it('the compiled optimum is a valid plan with the brute-force lexicographic optimum', () => {
    let compared = 0;
    let runs = 0;
    fc.assert(
      fc.property(worldArb, (w) => {
        runs++;
        const compiled = compileMatching(toFacts(w), w.rules, settingsOf(w));
        if (compiled.conflicts.length > 0) return; // reported instead (tested by hand below)
        const solved = solveAssignment(compiled.problem);
        const plan = new Map<string, string | null>(w.people.map((p) => [p.id, null]));
        for (const l of compiled.locked) plan.set(l.personId, l.postId);
        for (const a of solved.assignments) plan.set(String(a.person), String(a.post));
        const got = evaluate(w, plan);
        const best = bruteForce(w);
        expect(got, 'the plan breaks a hard rule').not.toBeNull();
        expect(best).not.toBeNull();
        expect(got).toEqual(best);
        // The solver's own total (+ the pairs placed before solving) is the same cost.
        const lockedCost = compiled.locked.reduce(
          (s, l) => s + (compiled.terms.get(`${l.personId}|${l.postId}`)?.total ?? 0),
          0,
        );
        expect(solved.totalCost + lockedCost).toBe(got!.cost);
        compared++;
      }),
      { numRuns: 1000 },
    );
    expect(compared).toBeGreaterThan(runs / 2);
  });
});

describe('compileMatching: what cannot hold is reported, never silently dropped', () => {
  const post = (id: string, orgCode: string, priority = 0): PostRecord => ({
    id,
    orgCode,
    title: id,
    priority,
    fromFiscalYear: 2024,
  });
  const person = (id: string, facts: Partial<PersonFacts>): PlanPerson => ({
    id,
    seed: 1,
    facts: {
      category: 'pref_it',
      employerOrgCode: PREF,
      hiredOn: '2021-04-01',
      current: null,
      served: [],
      ...facts,
    },
  });
  const world = (w: Partial<World>): World => ({
    posts: [],
    people: [],
    rules: [],
    forbidden: [],
    pa: 100,
    pb: 100,
    ...w,
  });
  const base = { enforcement: 'hard' as const, penalty: 10, note: '' };

  it('a stay whose post is not open this 年度: the rule, the body, the post and the person', () => {
    const w = world({
      posts: [post('q0', MUNIS[0]!)],
      people: [person('p0', { current: { postId: 'gone', orgCode: MUNIS[1]!, tenureYears: 2 } })],
      rules: [{ ...base, id: 'stay', kind: 'stayUntil', orgCode: MUNIS[1]!, throughFiscalYear: 2026 }],
    });
    const c = compileMatching(toFacts(w), w.rules, settingsOf(w));
    expect(c.conflicts).toEqual([
      expect.objectContaining({ ruleId: 'stay', orgCode: MUNIS[1], postId: 'gone', personIds: ['p0'] }),
    ]);
  });

  it('a scenario lock that breaks a hard rule is reported and not applied', () => {
    const w = world({
      posts: [post('q0', MUNIS[1]!)],
      people: [person('p0', { category: 'municipal_registered', employerOrgCode: MUNIS[0]! })],
      rules: [
        {
          ...base,
          id: 'muni',
          kind: 'crossBodyMove',
          category: 'municipal_registered',
          targetKind: 'municipality',
          allowedFromFiscalYear: 2026,
          employerOrgCode: null,
        },
      ],
    });
    const c = compileMatching(toFacts(w), w.rules, {
      ...settingsOf(w),
      locks: [{ personId: 'p0', postId: 'q0' }],
    });
    expect(c.locked).toEqual([]);
    expect(c.conflicts[0]).toMatchObject({ ruleId: 'muni', personIds: ['p0'] });
    expect(c.blockers.get('p0|q0')).toEqual([{ kind: 'rule', ruleId: 'muni' }]);
  });

  it("a minimum larger than the body's open posts; a minimum makes the first posts 必須", () => {
    const w = world({
      posts: [post('old', MUNIS[0]!), post('new', MUNIS[0]!, 1)],
      rules: [
        {
          ...base,
          id: 'min3',
          kind: 'bodyHeadcount',
          orgCode: MUNIS[0]!,
          min: 3,
          max: null,
          fromFiscalYear: null,
          toFiscalYear: null,
        },
      ],
    });
    const c = compileMatching(toFacts(w), w.rules, settingsOf(w));
    expect(c.conflicts[0]).toMatchObject({ ruleId: 'min3', orgCode: MUNIS[0] });
    expect([...c.posts.values()].map((p) => [p.id, p.effectivePriority, p.mustByRuleId])).toEqual([
      ['old', MUST_FILL, 'min3'],
      ['new', MUST_FILL, 'min3'],
    ]);
  });

  it('a 任期付 whose contract has ended is not a candidate, and the rule is named', () => {
    const w = world({
      posts: [post('q0', MUNIS[0]!)],
      people: [person('p0', { category: 'fixed_term_expert', hiredOn: '2020-07-01' })],
      rules: [{ ...base, id: 'term', kind: 'fixedTermContract', termYears: 3 }],
    });
    const c = compileMatching(toFacts(w), w.rules, settingsOf(w));
    expect(c.notCandidates).toEqual([{ personId: 'p0', name: 'p0', ruleId: 'term' }]);
    expect(c.problem.people).toEqual([]);
  });
});
