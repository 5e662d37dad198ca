import type { Db } from '../../platform/db.ts';
import { type CompiledMatching, compileMatching } from './compile-matching.ts';
import type { AlternativesRequest } from './find-alternatives.ts';
import { getRules } from './get-rules.ts';
import { loadMatchingFacts } from './load-matching-facts.ts';
import type { MatchingSettings } from './matching.schema.ts';

/**
 * Arcs one explanation search may relax: every search of the demo and of a few hundred people ends
 * well within it (exact and proven); at thousands of people on dense pairs it bounds a run's time.
 */
const MAX_SEARCH_WORK = 400_000;

/** Problems with more people than this are solved without the "what if" figures (too many solves). */
export const EXPLAIN_UP_TO_PEOPLE = 2000;

/**
 * The assignment problem of a 年度 under the programme's current rules and a scenario, with what the
 * explanations need: each person's wished bodies and their open posts.
 */
export async function buildMatchingProblem(
  db: Db,
  fiscalYear: number,
  settings: MatchingSettings,
): Promise<{ compiled: CompiledMatching; alternatives: AlternativesRequest | null }> {
  const { rules } = await getRules(db);
  const facts = await loadMatchingFacts(db, fiscalYear, settings);
  const compiled = compileMatching(facts, rules, settings);
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
