import { MUST_FILL, POST_PRIORITIES, priorityLabel } from '../../../domain/post-priority.ts';
import type { AssignmentResult } from '../../../optimizer/index.ts';
import { type Blocker, type CompiledMatching, pairKey } from './compile-matching.ts';
import type { Alternatives, ForcedSummary } from './find-alternatives.ts';
import type { RunResult } from './matching.schema.ts';

/** The solver's answer, with the "what if" figures when they were asked for. */
export type Solved = { result: AssignmentResult; alternatives: Alternatives | null };

type Explanation = RunResult['people'][number];
type Unfilled = RunResult['unfilledPosts'][number];
type Conflict = RunResult['conflicts'][number];

/**
 * Turns the solver's answer (plus the pairs placed before solving) into proposals explained term by
 * term, explanations of what was not chosen — each person's best alternative and wishes, each empty
 * post's reason — the hard rules that could not hold, and the figures scenarios are compared on.
 */
export function explainResult(cm: CompiledMatching, solved: Solved, solveMs: number): RunResult {
  const orgName = (code: string) => cm.bodies.get(code)?.name ?? code;
  const postLabel = (postId: string | null) => {
    const post = postId ? cm.posts.get(postId) : undefined;
    return post ? `${orgName(post.orgCode)} ${post.title}` : null;
  };
  const personName = (id: string) => cm.people.get(id)?.name ?? id;
  const ruleName = (id: string | null) => (id ? (cm.rules.get(id)?.description ?? id) : null);
  const alternatives = solved.alternatives;
  const priorities = alternatives?.priorities ?? [];
  const lossesOf = (extraEmpty: number[]) =>
    extraEmpty
      .map((count, k) => ({ label: priorityLabel(priorities[k] ?? 0), count }))
      .filter((l) => l.count !== 0);
  const changesOf = (s: ForcedSummary) =>
    s.changes.map((c) => ({
      personName: personName(c.person),
      from: postLabel(c.from),
      to: postLabel(c.to),
    }));

  const chosen = [
    ...cm.locked.map((l) => ({ person: l.personId, post: l.postId })),
    ...solved.result.assignments.map((a) => ({ person: String(a.person), post: String(a.post) })),
  ];
  const proposals = chosen.map(({ person, post }) => {
    const p = cm.people.get(person);
    const o = cm.posts.get(post);
    const cost = cm.terms.get(pairKey(person, post));
    if (!p || !o || !cost) throw new Error(`unexplained pair ${person} → ${post}`);
    const current = p.facts.current?.postId ?? null;
    const move: 'stay' | 'move' | 'new' = current === o.id ? 'stay' : current ? 'move' : 'new';
    return {
      personId: p.id,
      personName: p.name,
      postId: o.id,
      orgCode: o.orgCode,
      orgName: orgName(o.orgCode),
      postTitle: o.title,
      priority: o.effectivePriority,
      priorityLabel: priorityLabel(o.effectivePriority),
      move,
      total: cost.total,
      terms: cost.terms,
    };
  });
  const postOfPerson = new Map(proposals.map((p) => [p.personId, p.postId]));
  const filled = new Set(proposals.map((p) => p.postId));
  const offered = new Set(cm.problem.pairs.map((p) => String(p.post)));
  const closedBy = (postId: string) =>
    [...cm.people.keys()]
      .map((id) => cm.blockers.get(pairKey(id, postId))?.find((b) => b.kind === 'capped'))
      .find((b) => b !== undefined);

  /** People who may not take `postId`, grouped by the reason. */
  const blockersAt = (postId: string) => {
    const groups = new Map<string, string[]>();
    for (const person of cm.people.values()) {
      for (const reason of new Set((cm.blockers.get(pairKey(person.id, postId)) ?? []).map(blockerText))) {
        groups.set(reason, [...(groups.get(reason) ?? []), person.name]);
      }
    }
    return [...groups].map(([reason, people]) => ({ reason, people }));
  };

  const unfilledPosts: Unfilled[] = [...cm.posts.values()]
    .filter((o) => !filled.has(o.id))
    .map((o) => {
      const base = {
        postId: o.id,
        orgName: orgName(o.orgCode),
        postTitle: o.title,
        priority: o.effectivePriority,
        priorityLabel: priorityLabel(o.effectivePriority),
      };
      const blockers = blockersAt(o.id);
      const cap = closedBy(o.id);
      if (cap?.kind === 'capped') {
        return {
          ...base,
          why: {
            kind: 'closed' as const,
            summary: `ルール「${ruleName(cap.ruleId)}」により枠を閉じています`,
            blockers,
            fill: null,
          },
        };
      }
      const fill = alternatives?.post[o.id] ?? null;
      if (fill) {
        const losses = lossesOf(fill.extraEmpty);
        const moved = fill.changes.filter((c) => c.person !== fill.person && c.from !== null);
        const summary =
          `埋めるには${personName(fill.person)}さんを配置することになり、総コストが${fill.extraCost}点増えます` +
          (losses.length ? `（${losses.map((l) => `${l.label}の空き枠が${l.count}増`).join('、')}）` : '') +
          (moved.length
            ? `。${moved
                .slice(0, 3)
                .map((c) => `${personName(c.person)}さんが${postLabel(c.from)}から移り`)
                .join('、')}${moved.length > 3 ? `、ほか${moved.length - 3}人が動き` : ''}ます`
            : '');
        return {
          ...base,
          why: {
            kind: 'wouldCost' as const,
            summary,
            blockers,
            fill: {
              personName: personName(fill.person),
              extraCost: fill.extraCost,
              tierLosses: losses,
              changes: changesOf(fill),
              proven: fill.complete,
            },
          },
        };
      }
      if (!offered.has(o.id)) {
        const names = blockers.map((b) => `${b.reason}（${b.people.length}人）`).join('、');
        return {
          ...base,
          why: {
            kind: 'nobodyAllowed' as const,
            summary: `配置できる職員がいません: ${names || '候補者がいません'}`,
            blockers,
            fill: null,
          },
        };
      }
      return {
        ...base,
        why: {
          kind: 'notComputed' as const,
          summary: '規模が大きいため、埋めた場合の計算を省略しました',
          blockers,
          fill: null,
        },
      };
    });

  const postsAt = (org: string) => [...cm.posts.values()].filter((p) => p.orgCode === org);
  const people: Explanation[] = [...cm.people.values()].map((person) => {
    const lock = cm.locked.find((l) => l.personId === person.id);
    const alt = alternatives?.person[person.id] ?? null;
    const wishes = person.preferences.map((org) => {
      const there = postsAt(org);
      const base = { orgCode: org, orgName: orgName(org), extraCost: null, tierLosses: [] };
      if (there.some((p) => p.id === postOfPerson.get(person.id))) {
        return { ...base, outcome: 'granted' as const, rules: [] };
      }
      if (there.length === 0) return { ...base, outcome: 'noPost' as const, rules: [] };
      const rules = [
        ...new Set(there.flatMap((p) => (cm.blockers.get(pairKey(person.id, p.id)) ?? []).map(blockerText))),
      ];
      const cost = alternatives?.wish[person.id]?.[org] ?? null;
      if (cost) {
        return {
          ...base,
          outcome: 'costly' as const,
          rules,
          extraCost: cost.extraCost,
          tierLosses: lossesOf(cost.extraEmpty),
        };
      }
      return { ...base, outcome: 'forbidden' as const, rules };
    });
    return {
      personId: person.id,
      personName: person.name,
      postId: postOfPerson.get(person.id) ?? null,
      placedBy: lock ? (lock.ruleId ? `ルール「${ruleName(lock.ruleId)}」` : 'シナリオのロック') : null,
      alternative:
        alt === null
          ? null
          : {
              postId: alt.post,
              orgName: orgName(cm.posts.get(alt.post)?.orgCode ?? ''),
              postTitle: cm.posts.get(alt.post)?.title ?? '',
              extraCost: alt.extraCost,
              tierLosses: lossesOf(alt.extraEmpty),
              changes: changesOf(alt),
              proven: alt.complete,
            },
      wishes,
    };
  });

  const conflicts: Conflict[] = [
    ...cm.conflicts.map((c) => ({
      rule: ruleName(c.ruleId),
      message: c.message,
      orgName: c.orgCode ? orgName(c.orgCode) : null,
      postTitle: c.postId ? (cm.posts.get(c.postId)?.title ?? null) : null,
      people: c.personIds.map(personName),
    })),
    ...unmetMinimums(cm, postOfPerson, orgName),
  ];

  const placed = new Set(proposals.map((p) => p.personId));
  const unassignedPeople = [...cm.people.values()]
    .filter((p) => !placed.has(p.id))
    .map((p) => ({ personId: p.id, personName: p.name }));
  const rankOf = (p: (typeof proposals)[number]) =>
    (cm.people.get(p.personId)?.preferences ?? []).indexOf(p.orgCode) + 1;
  const lockedCost = cm.locked.reduce(
    (s, l) => s + (cm.terms.get(pairKey(l.personId, l.postId))?.total ?? 0),
    0,
  );
  const openPosts = [...cm.posts.values()].filter((o) => closedBy(o.id) === undefined);
  const ruleTerms = proposals.flatMap((p) => p.terms.filter((t) => t.term === 'rule'));
  return {
    fiscalYear: cm.fiscalYear,
    proposals: proposals.sort(
      (a, b) => a.orgCode.localeCompare(b.orgCode) || a.postTitle.localeCompare(b.postTitle),
    ),
    unfilledPosts,
    unassignedPeople,
    people,
    conflicts,
    notCandidates: cm.notCandidates.map((n) => ({
      personId: n.personId,
      personName: n.name,
      rule: ruleName(n.ruleId) ?? n.ruleId,
    })),
    rules: [...cm.rules.values()].map(({ rule, description }) => ({
      id: rule.id,
      description,
      enforcement: rule.enforcement,
    })),
    metrics: {
      totalCost: solved.result.totalCost + lockedCost,
      people: cm.people.size,
      posts: cm.posts.size,
      postsFilled: filled.size,
      preferencesMet: proposals.filter((p) => rankOf(p) > 0).length,
      firstChoices: proposals.filter((p) => rankOf(p) === 1).length,
      moves: proposals.filter((p) => p.move === 'move').length,
      unassigned: unassignedPeople.length,
      tiers: POST_PRIORITIES.map(({ value, label }) => ({
        priority: value,
        label,
        slots: openPosts.filter((o) => Math.min(o.effectivePriority, MUST_FILL) === value).length,
        filled: openPosts.filter(
          (o) => Math.min(o.effectivePriority, MUST_FILL) === value && filled.has(o.id),
        ).length,
      })),
      ruleBreaks: conflicts.length,
      penaltyHits: proposals.filter((p) => p.terms.some((t) => t.term === 'rule')).length,
      penaltyPoints: ruleTerms.reduce((s, t) => s + t.points, 0),
    },
    pairsConsidered: cm.problem.pairs.length,
    solveMs,
  };

  function blockerText(b: Blocker): string {
    switch (b.kind) {
      case 'rule':
        return `ルール「${ruleName(b.ruleId)}」`;
      case 'scenarioForbidden':
        return 'シナリオの禁止ペア';
      case 'lockedElsewhere':
        return b.ruleId
          ? `ルール「${ruleName(b.ruleId)}」により別のポストに留任`
          : 'シナリオのロックで別のポストに固定';
      case 'postTaken':
        return b.ruleId
          ? `ルール「${ruleName(b.ruleId)}」により現職が留任`
          : 'シナリオのロックで埋まっている';
      case 'capped':
        return `ルール「${ruleName(b.ruleId)}」により枠を閉じている`;
    }
  }
}

/** Hard minimums per body that the plan does not reach, with the people who could have come. */
function unmetMinimums(
  cm: CompiledMatching,
  postOfPerson: Map<string, string>,
  orgName: (code: string) => string,
): Conflict[] {
  const out: Conflict[] = [];
  for (const { rule, description } of cm.rules.values()) {
    if (rule.kind !== 'bodyHeadcount' || rule.min === null || rule.enforcement !== 'hard') continue;
    const at = [...postOfPerson.values()].filter(
      (postId) => cm.posts.get(postId)?.orgCode === rule.orgCode,
    ).length;
    if (at >= rule.min) continue;
    const bodyPosts = [...cm.posts.values()].filter((p) => p.orgCode === rule.orgCode).map((p) => p.id);
    const couldCome = [...cm.people.values()].filter((p) =>
      bodyPosts.some((postId) => cm.terms.has(pairKey(p.id, postId)) && postOfPerson.get(p.id) !== postId),
    );
    out.push({
      rule: description,
      message:
        `${orgName(rule.orgCode)}には${at}人しか配置できず、最少${rule.min}人に届きません` +
        (couldCome.length
          ? '（配置できる職員はより優先度の高い枠に配置されています）'
          : '（配置できる職員がいません）'),
      orgName: orgName(rule.orgCode),
      postTitle: null,
      people: couldCome.map((p) => p.name),
    });
  }
  return out;
}
