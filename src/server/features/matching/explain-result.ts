import type { AssignmentResult } from '../../../optimizer/index.ts';
import type { MatchingProblem } from './build-matching-problem.ts';
import type { RunResult } from './matching.schema.ts';

/**
 * Turns the solver's answer (plus the locked pairs) into proposals explained term by term, and the
 * figures scenarios are compared on: total cost, posts filled, preferences met, moves.
 */
export function explainResult(mp: MatchingProblem, solved: AssignmentResult, solveMs: number): RunResult {
  const chosen = [...mp.locked.map((l) => ({ person: l.personId, post: l.postId })), ...solved.assignments];
  const proposals = chosen.map(({ person, post }) => {
    const p = mp.people.get(String(person));
    const o = mp.posts.get(String(post));
    const cost = mp.terms.get(`${person}|${post}`);
    if (!p || !o || !cost) throw new Error(`unexplained pair ${String(person)} → ${String(post)}`);
    const move: 'stay' | 'move' | 'new' =
      p.currentPostId === o.postId ? 'stay' : p.currentPostId ? 'move' : 'new';
    return {
      personId: p.personId,
      personName: p.name,
      postId: o.postId,
      orgCode: o.orgCode,
      orgName: o.orgName,
      postTitle: o.title,
      move,
      total: cost.total,
      terms: cost.terms,
    };
  });
  const filled = new Set(proposals.map((p) => p.postId));
  const unfilledPosts = [...mp.posts.values()]
    .filter((o) => !filled.has(o.postId))
    .map((o) => ({ postId: o.postId, orgName: o.orgName, postTitle: o.title }));
  const placed = new Set(proposals.map((p) => p.personId));
  const unassignedPeople = [...mp.people.values()]
    .filter((p) => !placed.has(p.personId))
    .map((p) => ({ personId: p.personId, personName: p.name }));
  const rankOf = (p: (typeof proposals)[number]) =>
    (mp.preferences.get(p.personId) ?? []).indexOf(p.orgCode) + 1;
  const lockedCost = mp.locked.reduce(
    (s, l) => s + (mp.terms.get(`${l.personId}|${l.postId}`)?.total ?? 0),
    0,
  );
  return {
    proposals: proposals.sort(
      (a, b) => a.orgCode.localeCompare(b.orgCode) || a.postTitle.localeCompare(b.postTitle),
    ),
    unfilledPosts,
    unassignedPeople,
    metrics: {
      totalCost: solved.totalCost + lockedCost,
      people: mp.people.size,
      posts: mp.posts.size,
      postsFilled: filled.size,
      preferencesMet: proposals.filter((p) => rankOf(p) > 0).length,
      firstChoices: proposals.filter((p) => rankOf(p) === 1).length,
      moves: proposals.filter((p) => p.move === 'move').length,
      unassigned: unassignedPeople.length,
    },
    pairsConsidered: mp.problem.pairs.length,
    solveMs,
  };
}
