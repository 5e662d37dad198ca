import { and, asc, eq, ne } from 'drizzle-orm';
import { assignments, orgs, people, posts } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { listExams } from './list-exams.ts';
import { hiringYearLabel } from './recruitment.presenter.ts';

export type FunnelRow = {
  fiscalYear: number;
  label: string;
  hired: number;
  examHires: number | null;
  placed: number;
  firstPostMunicipal: number;
  /** 情報職採用試験 (公募: 社会人経験者・大学卒業程度) hires, by where their first post was (p.21: R6 7名＝県4・市町3). */
  publicHires: { total: number; prefecture: number; municipal: number };
  retained: number;
  retentionPercent: number | null;
};

/**
 * The recruitment funnel per hiring 年度, from the talent pool: people the prefecture hired (情報職 and
 * 任期付; municipal staff registered as 共通人材 and staff appointed from another job class were not
 * recruited here), how many have a post (an actual assignment), whose first post was in a 市町, the
 * 公募 (情報職採用試験) hires split by the kind of body of their first post, and how many are still with
 * us (not retired).
 * `examHires` puts the exam records' 採用者数 beside the roster for comparison.
 */
export async function computeFunnel(db: Db): Promise<FunnelRow[]> {
  const hiredPeople = await db
    .select({
      id: people.id,
      fiscalYear: people.hiringFiscalYear,
      status: people.status,
      route: people.hiringRoute,
    })
    .from(people)
    // 市町職員 were hired by their 市町; 任用替え staff were not hired by the programme.
    .where(and(ne(people.category, 'municipal_registered'), ne(people.hiringRoute, 'transfer')));
  const history = await db
    .select({
      personId: assignments.personId,
      startFiscalYear: assignments.startFiscalYear,
      startDate: assignments.startDate,
      orgType: orgs.type,
    })
    .from(assignments)
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .innerJoin(orgs, eq(orgs.code, posts.orgCode))
    .where(and(eq(assignments.status, 'actual')))
    .orderBy(asc(assignments.startFiscalYear), asc(assignments.startDate));
  const firstPost = new Map<string, (typeof history)[number]>();
  for (const h of history) if (!firstPost.has(h.personId)) firstPost.set(h.personId, h);

  const examHires = new Map<number, number>();
  for (const e of await listExams(db)) {
    if (e.hires !== null) examHires.set(e.fiscalYear, (examHires.get(e.fiscalYear) ?? 0) + e.hires);
  }

  const byYear = new Map<number, FunnelRow>();
  for (const p of hiredPeople) {
    const row = byYear.get(p.fiscalYear) ?? {
      fiscalYear: p.fiscalYear,
      label: hiringYearLabel(p.fiscalYear),
      hired: 0,
      examHires: examHires.get(p.fiscalYear) ?? null,
      placed: 0,
      firstPostMunicipal: 0,
      publicHires: { total: 0, prefecture: 0, municipal: 0 },
      retained: 0,
      retentionPercent: null,
    };
    row.hired += 1;
    const first = firstPost.get(p.id);
    if (first) row.placed += 1;
    if (first && first.orgType !== '県') row.firstPostMunicipal += 1;
    if (p.route === 'mid_career' || p.route === 'graduate') {
      row.publicHires.total += 1;
      if (first?.orgType === '県') row.publicHires.prefecture += 1;
      else if (first) row.publicHires.municipal += 1;
    }
    if (p.status !== 'retired') row.retained += 1;
    byYear.set(p.fiscalYear, row);
  }
  return [...byYear.values()]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((r) => ({ ...r, retentionPercent: Math.round((r.retained * 1000) / r.hired) / 10 }));
}
