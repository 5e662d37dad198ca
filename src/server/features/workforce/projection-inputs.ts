import { eq } from 'drizzle-orm';
import { people, posts } from '../../../db/schema/index.ts';
import type { JobTypeCode } from '../../../domain/job-types.ts';
import { JOB_TYPE_CODES } from '../../../domain/job-types.ts';
import type { ByJobType } from '../../../domain/workforce.ts';
import type { Db } from '../../platform/db.ts';
import { listExams } from '../recruitment/list-exams.ts';
import { listTargets, type TargetRow } from './targets.ts';

const isJobType = (code: string | null): code is JobTypeCode =>
  code !== null && (JOB_TYPE_CODES as readonly string[]).includes(code);

const add = (into: ByJobType, jobType: JobTypeCode, n: number) => {
  into[jobType] = (into[jobType] ?? 0) + n;
};

/** What the projection reads from the database, with the rules that turn it into need, supply and hires. */
export type ProjectionData = {
  needFor: (fiscalYear: number) => ByJobType;
  supplyAt: (fiscalYear: number) => ByJobType;
  knownHiresAfter: (from: number) => (fiscalYear: number) => ByJobType;
  plannedHiresFor: (fiscalYear: number) => number;
  lastPlanYear: number | null;
  targets: TargetRow[];
  postsWithoutJobType: number;
};

/**
 * Loads posts, target organisations, the pool and the exam plans once.
 * - Need in a 年度: per body, the posts spanning it (FTE by wanted job type) — or, from the 年度 of a
 *   body's target organisation on, that target's 情報システム人材 by job type instead (行政職 is outside
 *   the pool and not counted).
 * - Supply: active people (not retired or on leave) hired by then, by primary job type.
 * - Planned hires: the exam plans of the 年度 (rows without results); after the last planned 年度 the
 *   last plan continues.
 */
export async function loadProjectionData(db: Db): Promise<ProjectionData> {
  const [postRows, targets, pool, exams] = await Promise.all([
    db
      .select({
        orgCode: posts.orgCode,
        jobType: posts.wantedJobType,
        fte: posts.fte,
        from: posts.fromFiscalYear,
        to: posts.toFiscalYear,
      })
      .from(posts),
    listTargets(db),
    db
      .select({ jobType: people.primaryJobType, hired: people.hiringFiscalYear })
      .from(people)
      .where(eq(people.status, 'active')),
    listExams(db),
  ]);
  const itTargets = targets.filter((t) => t.staffKind === 'it' && isJobType(t.jobType));

  const needFor = (fy: number): ByJobType => {
    const need: ByJobType = {};
    const targetYear = new Map<string, number>();
    for (const t of itTargets) {
      if (t.targetFiscalYear <= fy)
        targetYear.set(t.orgCode, Math.max(targetYear.get(t.orgCode) ?? 0, t.targetFiscalYear));
    }
    for (const p of postRows) {
      if (targetYear.has(p.orgCode) || !isJobType(p.jobType)) continue;
      if (p.from <= fy && (p.to === null || p.to >= fy)) add(need, p.jobType, p.fte);
    }
    for (const t of itTargets) {
      if (targetYear.get(t.orgCode) === t.targetFiscalYear && isJobType(t.jobType))
        add(need, t.jobType, t.count);
    }
    return need;
  };

  const supplyAt = (fy: number): ByJobType => {
    const supply: ByJobType = {};
    for (const p of pool) if (p.hired <= fy && isJobType(p.jobType)) add(supply, p.jobType, 1);
    return supply;
  };

  const knownHiresAfter =
    (from: number) =>
    (fy: number): ByJobType => {
      const hires: ByJobType = {};
      if (fy > from)
        for (const p of pool) if (p.hired === fy && isJobType(p.jobType)) add(hires, p.jobType, 1);
      return hires;
    };

  const plans = exams.filter((e) => e.plannedHires !== null && e.hires === null);
  const lastPlanYear = plans.length === 0 ? null : Math.max(...plans.map((e) => e.fiscalYear));
  const plannedHiresFor = (fy: number) => {
    const year = lastPlanYear !== null && fy > lastPlanYear ? lastPlanYear : fy;
    return plans.filter((e) => e.fiscalYear === year).reduce((s, e) => s + (e.plannedHires ?? 0), 0);
  };

  const postsWithoutJobType = postRows.filter((p) => !isJobType(p.jobType)).length;
  return { needFor, supplyAt, knownHiresAfter, plannedHiresFor, lastPlanYear, targets, postsWithoutJobType };
}

export type { TargetRow } from './targets.ts';
