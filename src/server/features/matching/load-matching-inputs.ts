import type { MatchingRule } from '../../../domain/matching-rules.ts';
import type { Db } from '../../platform/db.ts';
import { getRules } from './get-rules.ts';
import { loadMatchingFacts } from './load-matching-facts.ts';
import type { MatchingSettings } from './matching.schema.ts';
import type { MatchingFactsData } from './matching-facts.ts';

/**
 * Everything a matching run reads from the database, as plain data: the worker thread builds, solves
 * and explains from it (plan-matching.ts), so the server's main thread only reads and writes rows.
 */
export type MatchingInputs = {
  facts: MatchingFactsData;
  rules: MatchingRule[];
  settings: MatchingSettings;
};

/** Reads the facts of a 年度 and the programme's current rules for a scenario's settings. */
export async function loadMatchingInputs(
  db: Db,
  fiscalYear: number,
  settings: MatchingSettings,
): Promise<MatchingInputs> {
  const { rules } = await getRules(db);
  const facts = await loadMatchingFacts(db, fiscalYear, settings);
  return { facts, rules, settings };
}
