/**
 * Workforce projection: need (posts and target organisations by job type) against supply (people +
 * planned hires − expected leavers), per job type and 年度. Pure module.
 */
import { apportion } from './apportion.ts';
import { JOB_TYPE_CODES, type JobTypeCode, parseJobType } from './job-types.ts';

/**
 * How the roles of a target organisation (目指す組織体制, p.18) map onto the ten job types of p.9.
 * A role named like a job type maps to it; otherwise the first keyword found decides:
 * - ビジネスデザイナー → ビジネスデザイナー (課長相当: plans and leads DX)
 * - プロジェクトマネージャ(ー) → プロジェクトマネージャー (係長相当)
 * - サービスデザイナー → UI/UXデザイナー (designs the service for its users)
 * - エンジニア → アプリケーションエンジニア (係員相当: builds and runs the town's systems in-house;
 *   a body that means infrastructure records インフラエンジニア on the row instead)
 */
export const ROLE_KEYWORDS: readonly { keyword: string; jobType: JobTypeCode }[] = [
  { keyword: 'ビジネスデザイナー', jobType: 'business_designer' },
  { keyword: 'プロジェクトマネージャ', jobType: 'project_manager' },
  { keyword: 'サービスデザイナー', jobType: 'ux_designer' },
  { keyword: 'エンジニア', jobType: 'application_engineer' },
];

/** The job type a role name stands for (see {@link ROLE_KEYWORDS}), or undefined. Text in （） is ignored. */
export function jobTypeForRole(roleName: string): JobTypeCode | undefined {
  const bare = roleName
    .normalize('NFKC')
    .replace(/\(.*?\)/g, '')
    .trim();
  return parseJobType(bare) ?? ROLE_KEYWORDS.find((r) => bare.includes(r.keyword))?.jobType;
}

/** Head counts per job type (missing job types count 0). */
export type ByJobType = Partial<Record<JobTypeCode, number>>;

/** What the projection starts from. */
export type ProjectionInput = {
  fromFiscalYear: number;
  years: number;
  /** Expected leavers per year, as a percentage of the people at the start of the year. */
  leaveRatePercent: number;
  /** Need per 年度 by job type. */
  needFor: (fiscalYear: number) => ByJobType;
  /** People at the start of the first 年度 by primary job type. */
  supply: ByJobType;
  /** Hires already known per 年度 by job type (people hired after the start, from the roster). */
  knownHiresFor: (fiscalYear: number) => ByJobType;
  /** Planned hires per 年度 (total, not yet by job type). */
  plannedHiresFor: (fiscalYear: number) => number;
};

/** One cell of the projection. */
export type ProjectionCell = {
  fiscalYear: number;
  jobType: JobTypeCode;
  need: number;
  /** People at the start of the 年度. */
  start: number;
  hires: number;
  leavers: number;
  /** People at the end of the 年度: start − leavers + hires. */
  supply: number;
  /** supply − need: negative is a shortage. */
  gap: number;
};

/**
 * The gap per job type and 年度. Each year: leavers = start × rate; planned hires are spread over the
 * job types in proportion to that year's need (largest remainder, so they stay whole people; evenly
 * when there is no need); supply = start − leavers + hires; gap = supply − need. Figures are exact
 * (fractions of people are expected values); round them only for display.
 */
export function projectWorkforce(input: ProjectionInput): ProjectionCell[] {
  const rate = input.leaveRatePercent / 100;
  let start = new Map<JobTypeCode, number>(JOB_TYPE_CODES.map((j) => [j, input.supply[j] ?? 0]));
  const cells: ProjectionCell[] = [];
  for (let i = 0; i < input.years; i++) {
    const fy = input.fromFiscalYear + i;
    const need = input.needFor(fy);
    const known = input.knownHiresFor(fy);
    const planned = apportion(
      input.plannedHiresFor(fy),
      JOB_TYPE_CODES.map((j) => need[j] ?? 0),
    );
    const next = new Map<JobTypeCode, number>();
    JOB_TYPE_CODES.forEach((j, k) => {
      const s = start.get(j) ?? 0;
      const leavers = s * rate;
      const hires = (known[j] ?? 0) + (planned[k] ?? 0);
      const supply = s - leavers + hires;
      next.set(j, supply);
      const n = need[j] ?? 0;
      cells.push({ fiscalYear: fy, jobType: j, need: n, start: s, hires, leavers, supply, gap: supply - n });
    });
    start = next;
  }
  return cells;
}
