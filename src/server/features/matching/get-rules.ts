import { eq } from 'drizzle-orm';
import { matchingRuleSets, orgs } from '../../../db/schema/index.ts';
import { deckRules, type MatchingRule } from '../../../domain/matching-rules.ts';
import type { Db } from '../../platform/db.ts';
import { MatchingRuleSchema } from './rules.schema.ts';

/** The programme's rules as stored, or the deck's defaults (version 0) before anyone saved them. */
export type RuleSet = {
  rules: MatchingRule[];
  version: number;
  isDefault: boolean;
  updatedAt: Date | null;
};

/**
 * Reads the rules record. Stored rules are parsed again on the way out (a record written by an older
 * version, or by hand, fails loudly instead of steering the optimizer wrongly).
 */
export async function getRules(db: Db): Promise<RuleSet> {
  const [row] = await db.select().from(matchingRuleSets).where(eq(matchingRuleSets.id, 1));
  if (row) {
    return {
      rules: row.rules.map((r) => MatchingRuleSchema.parse(r)),
      version: row.version,
      isDefault: false,
      updatedAt: row.updatedAt,
    };
  }
  const [etajima] = await db.select({ code: orgs.code }).from(orgs).where(eq(orgs.name, '江田島市'));
  return {
    rules: etajima ? deckRules(etajima.code) : deckRules('342157').filter((r) => r.kind !== 'stayUntil'),
    version: 0,
    isDefault: true,
    updatedAt: null,
  };
}
