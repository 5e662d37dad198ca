import { type CompiledMatching, compileMatching } from './compile-matching.ts';
import type { AlternativesRequest } from './find-alternatives.ts';
import type { MatchingInputs } from './load-matching-inputs.ts';
import { withPairFeatures } from './pair-features.ts';

/**
 * Arcs one explanation search may relax: every search of the demo and of a few hundred people ends
 * well within it (exact and proven); at thousands of people on dense pairs it bounds a run's time.
 */
const MAX_SEARCH_WORK = 400_000;

/** Problems with more people than this are solved without the "what if" figures (too many solves). */
export const EXPLAIN_UP_TO_PEOPLE = 2000;

/**
 * The assignment problem of a 年度 under the programme's rules and a scenario (pure), with what the
 * explanations need: each person's wished bodies and their open posts.
 */
export function buildMatchingProblem({ facts, rules, settings }: MatchingInputs): {
  compiled: CompiledMatching;
  alternatives: AlternativesRequest | null;
} {
  const compiled = compileMatching(withPairFeatures(facts), rules, settings);
  if (compiled.problem.people.length > EXPLAIN_UP_TO_PEOPLE) return { compiled, alternatives: null };
  const postsAt = new Map<string, string[]>();
  for (const post of compiled.posts.values()) {
    postsAt.set(post.orgCode, [...(postsAt.get(post.orgCode) ?? []), post.id]);
  }
  const wishes: AlternativesRequest['wishes'] = {};
  for (const id of compiled.problem.people.map(String)) {
    const person = compiled.people.get(id);
    wishes[id] = Object.fromEntries((person?.preferences ?? []).map((org) => [org, postsAt.get(org) ?? []]));
  }
  return { compiled, alternatives: { wishes, maxSolves: 40, maxSearchWork: MAX_SEARCH_WORK } };
}
