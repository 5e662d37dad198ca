import { eq, inArray } from 'drizzle-orm';
import { matchingRuleSets, orgs } from '../../../db/schema/index.ts';
import type { MatchingRule } from '../../../domain/matching-rules.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { getRules, type RuleSet } from './get-rules.ts';

/** Body codes a rule names. */
function codesOf(rule: MatchingRule): string[] {
  switch (rule.kind) {
    case 'crossBodyMove':
      return rule.employerOrgCode ? [rule.employerOrgCode] : [];
    case 'stayUntil':
    case 'bodyHeadcount':
      return [rule.orgCode];
    case 'minTenure':
    case 'maxTenure':
      return rule.orgCode ? [rule.orgCode] : [];
    default:
      return [];
  }
}

/**
 * Replaces the programme's rules (the whole set, as the rules page edits them). 412 when the record
 * changed since `expected` (version 0 = the defaults, nothing saved yet); 400 naming the rule when a
 * body code is unknown. Audited with before/after.
 */
export async function saveRules(
  db: Db,
  actor: Actor,
  rules: MatchingRule[],
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<RuleSet> {
  const codes = [...new Set(rules.flatMap(codesOf))];
  const known = codes.length
    ? new Set(
        (await db.select({ code: orgs.code }).from(orgs).where(inArray(orgs.code, codes))).map((o) => o.code),
      )
    : new Set<string>();
  const issues = rules.flatMap((rule, k) =>
    codesOf(rule)
      .filter((code) => !known.has(code))
      .map((code) => ({ path: `rules.${k}`, message: `団体コード ${code} の団体は登録されていません` })),
  );
  if (issues.length) throw errors.validation(issues);

  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(matchingRuleSets).where(eq(matchingRuleSets.id, 1)).for('update');
    assertVersion(before?.version ?? 0, expected);
    const values = { rules, updatedBy: actor.userId, updatedAt: new Date() };
    const [after] = before
      ? await tx
          .update(matchingRuleSets)
          .set({ ...values, version: nextVersion(matchingRuleSets.version) })
          .where(eq(matchingRuleSets.id, 1))
          .returning()
      : // A concurrent first save makes this insert fail: 409 CONFLICT, nothing lost.
        await tx
          .insert(matchingRuleSets)
          .values({ id: 1, ...values })
          .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'matching.rules.update',
        entityType: 'matching_rules',
        entityId: '1',
        before: before ?? null,
        after,
      },
      requestId,
    );
  });
  return getRules(db);
}
