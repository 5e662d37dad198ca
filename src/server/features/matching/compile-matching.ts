/**
 * Turns the facts of a 年度, the programme's rules and a scenario into one assignment problem (pure).
 *
 * - Pair rules (moves between bodies, tenure, no return, 任期付 contracts): a hard rule removes the
 *   pair, a penalty adds its points as a named term.
 * - Staying (a body's people through a 年度, or a hard minimum tenure): the person is placed in the
 *   current post before solving; the post's slot is consumed. A penalty stay charges moving away and
 *   taking the post.
 * - People a hard rule keeps out of every post (a 任期付 contract that has ended) are not candidates.
 * - Headcount: a minimum makes that many of the body's posts 必須 (highest priority first, then the
 *   oldest); a maximum keeps that many posts open (posts taken by stays and locks first, then by
 *   priority, posts held now, the oldest) and closes the rest. Both act on designated posts — "a
 *   minimum is a 必須 slot, a maximum caps the slots" — not on any N of the body's posts, which would
 *   not be one assignment problem (docs/decisions/015).
 * - Scenario locks are placed before solving unless they break a hard rule (then reported, not applied).
 * Every pair not offered keeps its reasons (`blockers`), so explanations can name the rule.
 */
import {
  type BodyHeadcountRule,
  describeRule,
  type MatchingRule,
  pairViolations,
  ruleApplies,
  type StayUntilRule,
  type TenureRule,
} from '../../../domain/matching-rules.ts';
import { MUST_FILL } from '../../../domain/post-priority.ts';
import { type CostTerm, pairCost } from '../../../optimizer/cost-model.ts';
import type { AssignmentPair, AssignmentProblem } from '../../../optimizer/index.ts';
import type { MatchingSettings } from './matching.schema.ts';
import type { BodyFacts, MatchingFacts, PersonRecord, PostRecord } from './matching-facts.ts';

/** Why a pair was not offered to the solver. `ruleId` null: a scenario setting. */
export type Blocker =
  | { kind: 'rule'; ruleId: string }
  | { kind: 'scenarioForbidden' }
  | { kind: 'lockedElsewhere'; ruleId: string | null }
  | { kind: 'postTaken'; ruleId: string | null }
  | { kind: 'capped'; ruleId: string };

/** A hard rule (or a lock) that cannot hold, with the body, post and people concerned. */
export type Conflict = {
  ruleId: string | null;
  message: string;
  orgCode: string | null;
  postId: string | null;
  personIds: string[];
};

export type OpenPost = PostRecord & {
  /** Priority after the headcount minimums. */
  effectivePriority: number;
  /** The minimum rule that made this post 必須, if any. */
  mustByRuleId: string | null;
};

export type CompiledMatching = {
  fiscalYear: number;
  problem: AssignmentProblem;
  bodies: Map<string, BodyFacts>;
  /** Candidates: placed before solving or in the problem. */
  people: Map<string, PersonRecord>;
  posts: Map<string, OpenPost>;
  /** Cost of every pair offered or locked, term by term, keyed `person|post`. */
  terms: Map<string, { total: number; terms: CostTerm[] }>;
  locked: { personId: string; postId: string; ruleId: string | null }[];
  blockers: Map<string, Blocker[]>;
  conflicts: Conflict[];
  notCandidates: { personId: string; name: string; ruleId: string }[];
  /** The rules in force this 年度, with their names. */
  rules: Map<string, { rule: MatchingRule; description: string }>;
};

export const pairKey = (personId: string, postId: string) => `${personId}|${postId}`;

/** Compiles the problem of `facts.fiscalYear`; see the file comment. */
export function compileMatching(
  facts: MatchingFacts,
  allRules: readonly MatchingRule[],
  settings: MatchingSettings,
): CompiledMatching {
  const fy = facts.fiscalYear;
  const orgName = (code: string) => facts.bodies.get(code)?.name ?? code;
  const inForce = allRules.filter((r) => ruleApplies(r, fy));
  const rules = new Map(inForce.map((r) => [r.id, { rule: r, description: describeRule(r, orgName) }]));
  const hard = inForce.filter((r) => r.enforcement === 'hard');
  // A hard minimum tenure works as a stay (below); a penalty one charges the pairs that move.
  const hardPairRules = hard.filter((r) => r.kind !== 'minTenure');
  const conflicts: Conflict[] = [];
  const blockers = new Map<string, Blocker[]>();
  const block = (personId: string, postId: string, b: Blocker) => {
    const key = pairKey(personId, postId);
    blockers.set(key, [...(blockers.get(key) ?? []), b]);
  };
  const postFacts = (post: PostRecord) => ({
    postId: post.id,
    orgCode: post.orgCode,
    isPrefecture: facts.bodies.get(post.orgCode)?.isPrefecture ?? false,
  });

  // People kept out of every post by a person-level hard rule (a 任期付 contract that has ended).
  const notCandidates: CompiledMatching['notCandidates'] = [];
  const people = new Map<string, PersonRecord>();
  for (const person of facts.people) {
    const contract = hard.find(
      (r) =>
        r.kind === 'fixedTermContract' &&
        pairViolations([r], fy, person.facts, { postId: '', orgCode: '', isPrefecture: false }).length > 0,
    );
    if (contract) notCandidates.push({ personId: person.id, name: person.name, ruleId: contract.id });
    else people.set(person.id, person);
  }

  // Headcount minimums: the body's first posts become 必須.
  const posts = new Map<string, OpenPost>(
    facts.posts.map((p) => [p.id, { ...p, effectivePriority: p.priority, mustByRuleId: null }]),
  );
  const bodyPosts = (orgCode: string) =>
    [...posts.values()]
      .filter((p) => p.orgCode === orgCode)
      .sort((a, b) => b.priority - a.priority || a.fromFiscalYear - b.fromFiscalYear);
  const headcounts = hard.filter((r): r is BodyHeadcountRule => r.kind === 'bodyHeadcount');
  for (const rule of headcounts) {
    if (rule.min === null || rule.min === 0) continue;
    const open = bodyPosts(rule.orgCode);
    for (const post of open.slice(0, rule.min)) {
      if (post.effectivePriority < MUST_FILL) {
        post.effectivePriority = MUST_FILL;
        post.mustByRuleId = rule.id;
      }
    }
    if (open.length < rule.min) {
      conflicts.push({
        ruleId: rule.id,
        message: `${orgName(rule.orgCode)}の開いているポストは${open.length}件で、最少${rule.min}人を配置できません`,
        orgCode: rule.orgCode,
        postId: null,
        personIds: [],
      });
    }
  }

  // Stays: placed in the current post before solving.
  const locked: CompiledMatching['locked'] = [];
  const lockedPerson = new Map<string, string | null>();
  const takenPost = new Map<string, string | null>();
  const place = (personId: string, postId: string, ruleId: string | null) => {
    locked.push({ personId, postId, ruleId });
    lockedPerson.set(personId, ruleId);
    takenPost.set(postId, ruleId);
  };
  for (const person of people.values()) {
    const current = person.facts.current;
    if (!current) continue;
    const stay = hard.find(
      (r) =>
        (r.kind === 'stayUntil' && r.orgCode === current.orgCode) ||
        (r.kind === 'minTenure' &&
          (r.orgCode === null || r.orgCode === current.orgCode) &&
          current.tenureYears < r.years),
    );
    if (!stay) continue;
    if (posts.has(current.postId) && !takenPost.has(current.postId)) {
      place(person.id, current.postId, stay.id);
    } else {
      conflicts.push({
        ruleId: stay.id,
        message: `${person.name}さんは現ポストに留まる必要がありますが、そのポストはこの年度に開いていません`,
        orgCode: current.orgCode,
        postId: current.postId,
        personIds: [person.id],
      });
    }
  }

  // Scenario locks, unless they break a hard rule or a stay.
  for (const lock of settings.locks) {
    const person = people.get(lock.personId);
    const post = posts.get(lock.postId);
    if (!person || !post) continue;
    const broken = pairViolations(hardPairRules, fy, person.facts, postFacts(post))[0];
    const stayRule = lockedPerson.get(person.id) ?? takenPost.get(post.id);
    if (broken || lockedPerson.has(person.id) || takenPost.has(post.id)) {
      conflicts.push({
        ruleId: broken?.id ?? stayRule ?? null,
        message: `シナリオのロック（${person.name}さん → ${orgName(post.orgCode)} ${post.title}）はルールに反するため適用していません`,
        orgCode: post.orgCode,
        postId: post.id,
        personIds: [person.id],
      });
      continue;
    }
    place(person.id, post.id, null);
  }

  // Headcount maximums: keep the posts already taken, then by priority, the posts held now, the
  // oldest; close the rest.
  const capped = new Map<string, string>();
  const heldNow = new Set(facts.holderOf.keys());
  for (const rule of headcounts) {
    if (rule.max === null) continue;
    const open = bodyPosts(rule.orgCode);
    const taken = open.filter((p) => takenPost.has(p.id));
    const rest = open
      .filter((p) => !takenPost.has(p.id))
      .sort(
        (a, b) =>
          b.priority - a.priority ||
          Number(heldNow.has(b.id)) - Number(heldNow.has(a.id)) ||
          a.fromFiscalYear - b.fromFiscalYear,
      );
    const ordered = [...taken, ...rest];
    for (const post of ordered.slice(rule.max)) capped.set(post.id, rule.id);
    if (taken.length > rule.max) {
      conflicts.push({
        ruleId: rule.id,
        message: `${orgName(rule.orgCode)}には留任・ロックで${taken.length}人が決まっており、最多${rule.max}人を超えます`,
        orgCode: rule.orgCode,
        postId: null,
        personIds: locked.filter((l) => taken.some((p) => p.id === l.postId)).map((l) => l.personId),
      });
    }
  }

  // Pairs.
  const forbidden = new Set(settings.forbidden.map((f) => pairKey(f.personId, f.postId)));
  const dueToMoveYears = inForce.find((r): r is TenureRule => r.kind === 'minTenure')?.years ?? 2;
  const stayPenalties = inForce.filter(
    (r): r is StayUntilRule => r.kind === 'stayUntil' && r.enforcement === 'penalty',
  );
  const staysAt = (personId: string | undefined, orgCode: string) =>
    personId !== undefined && people.get(personId)?.facts.current?.orgCode === orgCode;
  const terms = new Map<string, { total: number; terms: CostTerm[] }>();
  const pairs: AssignmentPair[] = [];
  for (const person of people.values()) {
    for (const post of posts.values()) {
      const key = pairKey(person.id, post.id);
      const base = pairCost(person.features(post), settings.weights, { dueToMoveYears });
      const violations = pairViolations(inForce, fy, person.facts, postFacts(post));
      const ruleTerms: CostTerm[] = violations
        .filter((r) => r.enforcement === 'penalty')
        .map((r) => ruleTerm(r, rules.get(r.id)!.description));
      const hardBreaks = violations.filter((r) => r.enforcement === 'hard' && r.kind !== 'minTenure');
      // A penalty stay: charged for leaving the post, and for taking the post of someone who stays.
      for (const r of stayPenalties) {
        const current = person.facts.current;
        const leaving = current !== null && current.orgCode === r.orgCode && current.postId !== post.id;
        const holder = facts.holderOf.get(post.id);
        const taking = holder !== person.id && staysAt(holder, r.orgCode);
        if (leaving || taking) ruleTerms.push(ruleTerm(r, rules.get(r.id)!.description));
      }
      const cost = {
        total: base.total + ruleTerms.reduce((s, t) => s + t.points, 0),
        terms: [...base.terms, ...ruleTerms],
      };
      const lockedTo = locked.find((l) => l.personId === person.id);
      if (lockedTo) {
        if (lockedTo.postId === post.id) {
          terms.set(key, { ...cost, terms: [...cost.terms, lockTerm(lockedTo.ruleId, rules)] });
        } else block(person.id, post.id, { kind: 'lockedElsewhere', ruleId: lockedTo.ruleId });
        continue;
      }
      for (const r of hardBreaks) block(person.id, post.id, { kind: 'rule', ruleId: r.id });
      if (forbidden.has(key)) block(person.id, post.id, { kind: 'scenarioForbidden' });
      if (takenPost.has(post.id))
        block(person.id, post.id, { kind: 'postTaken', ruleId: takenPost.get(post.id)! });
      if (capped.has(post.id)) block(person.id, post.id, { kind: 'capped', ruleId: capped.get(post.id)! });
      if (blockers.has(key)) continue;
      terms.set(key, cost);
      pairs.push({ person: person.id, post: post.id, cost: cost.total });
    }
  }

  return {
    fiscalYear: fy,
    problem: {
      people: [...people.keys()].filter((id) => !lockedPerson.has(id)),
      posts: [...posts.values()].map((p) => ({
        id: p.id,
        slots: capped.has(p.id) || takenPost.has(p.id) ? 0 : 1,
        priority: p.effectivePriority,
      })),
      pairs,
      unfilledPostCost: settings.unfilledPostCost,
      unassignedPersonCost: settings.unassignedPersonCost,
    },
    bodies: facts.bodies,
    people,
    posts,
    terms,
    locked,
    blockers,
    conflicts,
    notCandidates,
    rules,
  };
}

function ruleTerm(rule: MatchingRule, description: string): CostTerm {
  return { term: 'rule', points: rule.penalty, reason: `ルール「${description}」に反する`, ruleId: rule.id };
}

function lockTerm(ruleId: string | null, rules: CompiledMatching['rules']): CostTerm {
  const reason = ruleId
    ? `ルール「${rules.get(ruleId)?.description ?? ruleId}」により留任`
    : '固定（ロック）された配置';
  return { term: 'continuity', points: 0, reason };
}
