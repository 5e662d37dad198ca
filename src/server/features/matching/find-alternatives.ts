/**
 * The exact "what if" figures behind the explanations, computed in the solver's worker thread: for
 * each person the best other post, for each empty post the best way to fill it, and for each wished
 * body the best post there — each as the optimum with that pair forced (src/optimizer/alternatives.ts:
 * one shortest-path search over the optimum's duals per question, no new solve).
 */
import {
  type AssignmentProblem,
  type AssignmentResult,
  exploreAlternatives,
  type ForcedOptimum,
  type SolveOptions,
} from '../../../optimizer/index.ts';

/** What to look at besides each person's best alternative and each empty post. */
export type AlternativesRequest = {
  /** person id → wished body code → that body's open post ids. */
  wishes: Record<string, Record<string, string[]>>;
  /** Forced solves allowed per question, where the duals give no exact paths (the bound usually needs far fewer). */
  maxSolves: number;
  /**
   * Arcs one shortest-path search may relax (one search answers a person and their wishes, or an
   * empty post); beyond it the answer is the best exact one found, marked not proven.
   */
  maxSearchWork: number;
};

/** A forced optimum, compared with the plan. Post and person ids as strings. */
export type ForcedSummary = {
  person: string;
  post: string;
  extraCost: number;
  /** Empty slots minus the plan's, per positive priority (highest first, as `priorities`). */
  extraEmpty: number[];
  /** People whose post differs from the plan (the forced one first). */
  changes: { person: string; from: string | null; to: string | null }[];
  complete: boolean;
};

export type Alternatives = {
  priorities: number[];
  person: Record<string, ForcedSummary | null>;
  post: Record<string, ForcedSummary | null>;
  wish: Record<string, Record<string, ForcedSummary | null>>;
};

/** Solves `problem` and works out the alternatives (see the file comment). */
export function findAlternatives(
  problem: AssignmentProblem,
  request: AlternativesRequest,
  options?: SolveOptions,
): { result: AssignmentResult; alternatives: Alternatives } {
  const explorer = exploreAlternatives(problem, options);
  const optimum = explorer.optimum;
  const postOf = new Map(optimum.assignments.map((a) => [String(a.person), String(a.post)]));
  const pairsOf = new Map<string, { person: string; post: string }[]>();
  const pairsAt = new Map<string, { person: string; post: string }[]>();
  for (const pair of problem.pairs) {
    const p = { person: String(pair.person), post: String(pair.post) };
    const mine = pairsOf.get(p.person);
    if (mine) mine.push(p);
    else pairsOf.set(p.person, [p]);
    const there = pairsAt.get(p.post);
    if (there) there.push(p);
    else pairsAt.set(p.post, [p]);
  }
  const summarise = (forced: ForcedOptimum | null, complete: boolean): ForcedSummary | null => {
    if (!forced) return null;
    const after = new Map(forced.result.assignments.map((a) => [String(a.person), String(a.post)]));
    const changes = problem.people
      .map(String)
      .filter((id) => postOf.get(id) !== after.get(id))
      .map((id) => ({ person: id, from: postOf.get(id) ?? null, to: after.get(id) ?? null }))
      .sort((a, b) => (a.person === String(forced.person) ? -1 : b.person === String(forced.person) ? 1 : 0));
    return {
      person: String(forced.person),
      post: String(forced.post),
      extraCost: forced.extraCost,
      extraEmpty: forced.extraEmpty,
      changes,
      complete,
    };
  };
  const limits = { maxSolves: request.maxSolves, maxSearchWork: request.maxSearchWork };
  const best = (candidates: { person: string; post: string }[]) => {
    const { best: forced, complete } = explorer.best(candidates, limits);
    return summarise(forced, complete);
  };

  const person: Alternatives['person'] = {};
  const wish: Alternatives['wish'] = {};
  for (const id of problem.people.map(String)) {
    // The person's best other post and the best post in each wished body: one search together.
    const mine = pairsOf.get(id) ?? [];
    const wished = Object.entries(request.wishes[id] ?? {})
      .map(([orgCode, postIds]) => ({ orgCode, there: new Set(postIds) }))
      .filter(({ there }) => !there.has(postOf.get(id) ?? ''));
    const answers = explorer.bestEach(
      [
        mine.filter((p) => p.post !== postOf.get(id)),
        ...wished.map(({ there }) => mine.filter((p) => there.has(p.post))),
      ],
      limits,
    );
    person[id] = summarise(answers[0]?.best ?? null, answers[0]?.complete ?? true);
    wish[id] = {};
    wished.forEach(({ orgCode }, k) => {
      wish[id]![orgCode] = summarise(answers[k + 1]?.best ?? null, answers[k + 1]?.complete ?? true);
    });
  }
  const post: Alternatives['post'] = {};
  for (const id of new Set(optimum.unfilledPosts.map(String))) {
    post[id] = best((pairsAt.get(id) ?? []).filter((p) => postOf.get(p.person) !== id));
  }
  return { result: optimum, alternatives: { priorities: [...explorer.priorities], person, post, wish } };
}
