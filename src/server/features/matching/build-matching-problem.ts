import { and, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import {
  assignments,
  orgs,
  people,
  personLocationPreferences,
  posts,
  skillAssessments,
  skillSheets,
} from '../../../db/schema/index.ts';
import { distanceKm } from '../../../domain/body-locations.ts';
import { type JobTypeCode, jobTypeOf } from '../../../domain/job-types.ts';
import { effectiveLevel } from '../../../domain/skills/achievement.ts';
import { SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import type { SkillLevel } from '../../../domain/skills/levels.ts';
import { importanceOf } from '../../../domain/skills/targets.ts';
import { type CostTerm, type PairFeatures, pairCost } from '../../../optimizer/cost-model.ts';
import type { AssignmentProblem } from '../../../optimizer/index.ts';
import type { Db } from '../../platform/db.ts';
import type { MatchingSettings } from './matching.schema.ts';

export type Candidate = { personId: string; name: string; currentPostId: string | null };
export type OpenPost = { postId: string; orgCode: string; orgName: string; title: string };

/** The optimizer's input plus what the explanation needs. */
export type MatchingProblem = {
  problem: AssignmentProblem;
  people: Map<string, Candidate>;
  posts: Map<string, OpenPost>;
  /** Term-by-term cost of every admissible pair, keyed `person|post`. */
  terms: Map<string, { total: number; terms: CostTerm[] }>;
  /** Locked pairs, placed before solving. */
  locked: { personId: string; postId: string }[];
  preferences: Map<string, string[]>;
};

/** Mean effective level over the core items of a job type (0 without a sheet). */
function levelFor(
  jobType: string,
  levels: Map<string, { self: SkillLevel | null; evaluator: SkillLevel | null }>,
): number {
  const job = jobTypeOf(jobType);
  if (!job) return 0;
  const core = SKILL_ITEMS.filter((i) => importanceOf(job.code as JobTypeCode, i.code) === 'core');
  const sum = core.reduce((s, i) => s + effectiveLevel(levels.get(i.code)), 0);
  return core.length ? sum / core.length : 0;
}

/**
 * Turns a 年度 and a scenario into an assignment problem: the posts spanning the 年度 (budget secured,
 * not excluded) × the active people (not excluded), each pair weighed by the cost model from the
 * database's facts — job types, latest skill sheet, desired locations, distance from home base,
 * assignment history (continuity, tenure, no-return, cross-boundary).
 */
export async function buildMatchingProblem(
  db: Db,
  fiscalYear: number,
  s: MatchingSettings,
): Promise<MatchingProblem> {
  const previous = fiscalYear - 1;
  const orgRows = await db.select({ code: orgs.code, name: orgs.name, type: orgs.type }).from(orgs);
  const orgOf = new Map(orgRows.map((o) => [o.code, o]));
  const kindOf = (code: string) => (orgOf.get(code)?.type === '県' ? '県' : '市町');

  const postRows = (
    await db
      .select()
      .from(posts)
      .where(
        and(
          lte(posts.fromFiscalYear, fiscalYear),
          or(isNull(posts.toFiscalYear), gte(posts.toFiscalYear, fiscalYear)),
          eq(posts.budgetSecured, true),
        ),
      )
  ).filter((p) => !s.excludedPosts.includes(p.id));
  const personRows = (await db.select().from(people).where(eq(people.status, 'active'))).filter(
    (p) => !s.excludedPeople.includes(p.id),
  );
  const personIds = personRows.map((p) => p.id);
  const history = personIds.length
    ? await db
        .select({
          personId: assignments.personId,
          postId: assignments.postId,
          orgCode: posts.orgCode,
          fte: assignments.fte,
          start: assignments.startFiscalYear,
          end: assignments.endFiscalYear,
        })
        .from(assignments)
        .innerJoin(posts, eq(posts.id, assignments.postId))
        .where(
          and(
            eq(assignments.status, 'actual'),
            inArray(assignments.personId, personIds),
            lte(assignments.startFiscalYear, previous),
          ),
        )
    : [];
  const prefRows = personIds.length
    ? await db
        .select()
        .from(personLocationPreferences)
        .where(inArray(personLocationPreferences.personId, personIds))
    : [];
  const sheetRows = personIds.length
    ? await db
        .select({
          personId: skillSheets.personId,
          fy: skillSheets.fiscalYear,
          item: skillAssessments.itemCode,
          self: skillAssessments.selfLevel,
          evaluator: skillAssessments.evaluatorLevel,
        })
        .from(skillSheets)
        .innerJoin(skillAssessments, eq(skillAssessments.sheetId, skillSheets.id))
        .where(and(inArray(skillSheets.personId, personIds), lte(skillSheets.fiscalYear, fiscalYear)))
        .orderBy(desc(skillSheets.fiscalYear))
    : [];

  const preferences = new Map<string, string[]>();
  for (const p of [...prefRows].sort((a, b) => a.rank - b.rank)) {
    preferences.set(p.personId, [...(preferences.get(p.personId) ?? []), p.orgCode]);
  }
  // Latest sheet per person only.
  const levels = new Map<string, Map<string, { self: SkillLevel | null; evaluator: SkillLevel | null }>>();
  const latestYear = new Map<string, number>();
  for (const r of sheetRows) {
    if ((latestYear.get(r.personId) ?? r.fy) !== r.fy) continue;
    latestYear.set(r.personId, r.fy);
    const m = levels.get(r.personId) ?? new Map();
    m.set(r.item, { self: r.self as SkillLevel | null, evaluator: r.evaluator as SkillLevel | null });
    levels.set(r.personId, m);
  }

  const candidates = new Map<string, Candidate>();
  const openPosts = new Map(
    postRows.map((p) => [
      p.id,
      {
        postId: p.id,
        orgCode: p.orgCode,
        orgName: orgOf.get(p.orgCode)?.name ?? p.orgCode,
        title: `${p.unit} ${p.title}`,
      },
    ]),
  );
  const terms = new Map<string, { total: number; terms: CostTerm[] }>();
  const pairs: { person: string; post: string; cost: number }[] = [];
  const forbidden = new Set(s.forbidden.map((f) => `${f.personId}|${f.postId}`));
  const lockedPeople = new Set(s.locks.map((l) => l.personId));
  const lockedPostCount = new Map<string, number>();
  for (const l of s.locks) lockedPostCount.set(l.postId, (lockedPostCount.get(l.postId) ?? 0) + 1);

  for (const person of personRows) {
    const mine = history.filter((h) => h.personId === person.id);
    const current = mine
      .filter((h) => h.end === null || h.end >= previous)
      .sort((a, b) => b.fte - a.fte || b.start - a.start)[0];
    const tenure = current
      ? fiscalYear - Math.min(...mine.filter((h) => h.postId === current.postId).map((h) => h.start))
      : 0;
    const servedKinds = new Set(mine.map((h) => kindOf(h.orgCode)));
    const prefs = preferences.get(person.id) ?? [];
    const personLevels = levels.get(person.id) ?? new Map();
    candidates.set(person.id, {
      personId: person.id,
      name: person.name,
      currentPostId: current?.postId ?? null,
    });

    for (const post of postRows) {
      const key = `${person.id}|${post.id}`;
      if (forbidden.has(key)) continue;
      const wanted = post.wantedJobType ?? person.primaryJobType;
      const rank = prefs.indexOf(post.orgCode);
      const features: PairFeatures = {
        jobTypeMatch:
          wanted === person.primaryJobType
            ? 'primary'
            : wanted === person.secondaryJobType
              ? 'secondary'
              : 'none',
        skillShortfall: Math.max(0, Math.round((post.wantedLevel ?? 0) - levelFor(wanted, personLevels))),
        preferenceRank: rank >= 0 ? rank + 1 : null,
        preferenceCount: prefs.length,
        distanceKm: person.homeOrgCode ? (distanceKm(person.homeOrgCode, post.orgCode) ?? null) : null,
        isCurrentPost: current?.postId === post.id,
        hasCurrentPost: current !== undefined,
        tenureYears: tenure,
        returnsToRecentBody:
          current?.orgCode !== post.orgCode &&
          mine.some(
            (h) => h.orgCode === post.orgCode && (h.end ?? fiscalYear) >= fiscalYear - s.rules.noReturnYears,
          ),
        crossesBoundary: !servedKinds.has(kindOf(post.orgCode)),
        neverCrossed: servedKinds.size <= 1,
      };
      const cost = pairCost(features, s.weights, s.rules);
      // Locked people take only their locked post (placed before solving, whatever the rules say).
      if (lockedPeople.has(person.id)) {
        if (s.locks.some((l) => l.personId === person.id && l.postId === post.id)) {
          const lockTerm: CostTerm = { term: 'continuity', points: 0, reason: '固定（ロック）された配置' };
          terms.set(
            key,
            cost.admissible
              ? { total: cost.total, terms: [...cost.terms, lockTerm] }
              : { total: 0, terms: [lockTerm] },
          );
        }
        continue;
      }
      if (!cost.admissible) continue;
      terms.set(key, { total: cost.total, terms: cost.terms });
      pairs.push({ person: person.id, post: post.id, cost: cost.total });
    }
  }

  return {
    problem: {
      people: personRows.filter((p) => !lockedPeople.has(p.id)).map((p) => p.id),
      posts: postRows.map((p) => ({ id: p.id, slots: Math.max(0, 1 - (lockedPostCount.get(p.id) ?? 0)) })),
      pairs,
      unfilledPostCost: s.unfilledPostCost,
      unassignedPersonCost: s.unassignedPersonCost,
    },
    people: candidates,
    posts: openPosts,
    terms,
    locked: s.locks.filter((l) => candidates.has(l.personId) && openPosts.has(l.postId)),
    preferences,
  };
}
