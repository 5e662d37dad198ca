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
import {
  heldSince,
  lastYearHeld,
  mainPostIn,
  type TimelineRow,
} from '../../../domain/assignment-timeline.ts';
import { JOB_TYPE_CODES, type JobTypeCode, jobTypeOf } from '../../../domain/job-types.ts';
import { postTitleText } from '../../../domain/post-priority.ts';
import { effectiveLevel } from '../../../domain/skills/achievement.ts';
import { SKILL_ITEMS } from '../../../domain/skills/catalogue.ts';
import type { SkillLevel } from '../../../domain/skills/levels.ts';
import { importanceOf } from '../../../domain/skills/targets.ts';
import type { Db } from '../../platform/db.ts';
import type { MatchingSettings } from './matching.schema.ts';
import type { BodyFacts, MatchingFactsData, PersonData, PostData } from './matching-facts.ts';

type Levels = Map<string, { self: SkillLevel | null; evaluator: SkillLevel | null }>;

/** Mean effective level over the core items of a job type (0 without a sheet). */
function levelFor(jobType: string, levels: Levels): number {
  const job = jobTypeOf(jobType);
  if (!job) return 0;
  const core = SKILL_ITEMS.filter((i) => importanceOf(job.code as JobTypeCode, i.code) === 'core');
  const sum = core.reduce((s, i) => s + effectiveLevel(levels.get(i.code)), 0);
  return core.length ? sum / core.length : 0;
}

/**
 * Reads what the matching of a 年度 needs: the open posts (spanning it, budget secured, not excluded),
 * the active people (not excluded) with their history — actual assignments and the planned ones of
 * accepted plans, so planning R8 starts from the accepted R7 plan — desired locations and latest
 * skill sheet.
 */
export async function loadMatchingFacts(
  db: Db,
  fiscalYear: number,
  s: MatchingSettings,
): Promise<MatchingFactsData> {
  const previous = fiscalYear - 1;
  const orgRows = await db.select({ code: orgs.code, name: orgs.name, type: orgs.type }).from(orgs);
  const bodies = new Map<string, BodyFacts>(
    orgRows.map((o) => [o.code, { code: o.code, name: o.name, isPrefecture: o.type === '県' }]),
  );

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
      .orderBy(posts.orgCode, posts.fromFiscalYear, posts.createdAt)
  ).filter((p) => !s.excludedPosts.includes(p.id));
  const openPosts: PostData[] = postRows.map((p) => ({
    id: p.id,
    orgCode: p.orgCode,
    title: postTitleText(p.unit, p.title),
    priority: p.priority,
    fromFiscalYear: p.fromFiscalYear,
    wantedJobType: p.wantedJobType,
    wantedLevel: p.wantedLevel,
  }));

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
          status: assignments.status,
        })
        .from(assignments)
        .innerJoin(posts, eq(posts.id, assignments.postId))
        .where(and(inArray(assignments.personId, personIds), lte(assignments.startFiscalYear, previous)))
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
  const levels = new Map<string, Levels>();
  const latestYear = new Map<string, number>();
  for (const r of sheetRows) {
    if ((latestYear.get(r.personId) ?? r.fy) !== r.fy) continue;
    latestYear.set(r.personId, r.fy);
    const m = levels.get(r.personId) ?? new Map();
    m.set(r.item, { self: r.self as SkillLevel | null, evaluator: r.evaluator as SkillLevel | null });
    levels.set(r.personId, m);
  }

  const orgOfPost = new Map(history.map((h) => [h.postId, h.orgCode]));
  const holderOf = new Map<string, string>();
  const records: PersonData[] = personRows.map((person) => {
    const rows: TimelineRow[] = history.filter((h) => h.personId === person.id);
    const main = mainPostIn(rows, previous);
    const currentOrg = main ? (orgOfPost.get(main.postId) ?? '') : '';
    const current = main
      ? {
          postId: main.postId,
          orgCode: currentOrg,
          tenureYears: fiscalYear - heldSince(rows, main.postId, previous),
        }
      : null;
    if (main) holderOf.set(main.postId, person.id);
    const servedLast = new Map<string, number>();
    for (const [postId, last] of lastYearHeld(rows, previous)) {
      const org = orgOfPost.get(postId) ?? '';
      servedLast.set(org, Math.max(servedLast.get(org) ?? last, last));
    }
    const prefs = preferences.get(person.id) ?? [];
    const personLevels = levels.get(person.id) ?? new Map();
    return {
      id: person.id,
      name: person.name,
      preferences: prefs,
      facts: {
        category: person.category,
        employerOrgCode: person.employerOrgCode,
        hiredOn: person.hiredOn,
        current,
        served: [...servedLast].map(([orgCode, lastFiscalYear]) => ({ orgCode, lastFiscalYear })),
      },
      profile: {
        primaryJobType: person.primaryJobType,
        secondaryJobType: person.secondaryJobType,
        homeOrgCode: person.homeOrgCode,
        levelByJobType: Object.fromEntries(
          JOB_TYPE_CODES.map((code) => [code, levelFor(code, personLevels)]),
        ),
      },
    };
  });
  return { fiscalYear, bodies, posts: openPosts, people: records, holderOf };
}
