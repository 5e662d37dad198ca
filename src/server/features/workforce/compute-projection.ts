import { formatFiscalYear, formatFiscalYearShort } from '../../../domain/fiscal-year.ts';
import { JOB_TYPES, jobTypeOf } from '../../../domain/job-types.ts';
import { projectWorkforce, ROLE_KEYWORDS } from '../../../domain/workforce.ts';
import type { Db } from '../../platform/db.ts';
import { loadProjectionData } from './projection-inputs.ts';
import type { ProjectionQuery } from './workforce.schema.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The workforce projection for `years` 年度 from `fromFiscalYear`: need, supply, hires, leavers and the
 * gap per job type and 年度, their totals, and the assumptions in words (they are part of the answer).
 */
export async function computeProjection(db: Db, q: ProjectionQuery) {
  const data = await loadProjectionData(db);
  const cells = projectWorkforce({
    fromFiscalYear: q.fromFiscalYear,
    years: q.years,
    leaveRatePercent: q.leaveRatePercent,
    needFor: data.needFor,
    supply: data.supplyAt(q.fromFiscalYear - 1),
    knownHiresFor: data.knownHiresAfter(q.fromFiscalYear - 1),
    plannedHiresFor: data.plannedHiresFor,
  });
  const years = Array.from({ length: q.years }, (_, i) => q.fromFiscalYear + i);
  const totals = years.map((fiscalYear) => {
    const inYear = cells.filter((c) => c.fiscalYear === fiscalYear);
    const sum = (k: 'need' | 'start' | 'hires' | 'leavers' | 'supply' | 'gap') =>
      round1(inYear.reduce((s, c) => s + c[k], 0));
    return {
      fiscalYear,
      label: formatFiscalYear(fiscalYear),
      plannedHires: data.plannedHiresFor(fiscalYear),
      need: sum('need'),
      start: sum('start'),
      hires: sum('hires'),
      leavers: sum('leavers'),
      supply: sum('supply'),
      gap: sum('gap'),
    };
  });
  const administrative = data.targets
    .filter((t) => t.staffKind === 'administrative')
    .reduce((s, t) => s + t.count, 0);
  const mapping = ROLE_KEYWORDS.map((r) => `${r.keyword}→${jobTypeOf(r.jobType)?.name}`).join('、');
  const assumptions = [
    `需要：各年度に存在するポスト（求めるジョブタイプ別、FTE）。目指す組織体制を定めた団体は、その目標年度以降、ポストに代えて目標の情報システム人材の人数を需要とします。`,
    `目指す組織体制の役割はジョブタイプに対応付けています（${mapping}）。`,
    administrative > 0
      ? `行政職（${administrative}名）は人材プールの対象外のため、需要に含めていません。`
      : '行政職は人材プールの対象外のため、需要に含めていません。',
    `供給：${formatFiscalYear(q.fromFiscalYear - 1)}末までに採用され在職中（休職・退職を除く）の人材を、主たるジョブタイプ別に数えます。それ以降に採用済みの人材は採用年度に加えます。`,
    data.lastPlanYear === null
      ? '採用：採用計画の登録がないため、計画による採用は見込んでいません。'
      : `採用：採用試験の採用予定（結果未登録のもの）を、その年度の需要の比率でジョブタイプに配分します（最大剰余法で整数化）。${formatFiscalYearShort(data.lastPlanYear)}年度より後は、${formatFiscalYearShort(data.lastPlanYear)}年度の計画（${data.plannedHiresFor(data.lastPlanYear)}名）が続くものとします。`,
    `離職：年度当初の人数の ${q.leaveRatePercent}% が年度中に離職するものとします。`,
    '差（過不足）＝年度末の供給−需要。負の値は不足を表します。',
  ];
  if (data.postsWithoutJobType > 0) {
    assumptions.push(
      `求めるジョブタイプが未設定のポスト（${data.postsWithoutJobType}件）は需要に含めていません。`,
    );
  }
  return {
    fromFiscalYear: q.fromFiscalYear,
    leaveRatePercent: q.leaveRatePercent,
    years: years.map((fiscalYear) => ({ fiscalYear, label: formatFiscalYear(fiscalYear) })),
    jobTypes: JOB_TYPES.map((j) => ({ code: j.code, name: j.name })),
    cells: cells.map((c) => ({
      ...c,
      need: round1(c.need),
      start: round1(c.start),
      hires: round1(c.hires),
      leavers: round1(c.leavers),
      supply: round1(c.supply),
      gap: round1(c.gap),
    })),
    totals,
    assumptions,
    targets: data.targets.map((t) => ({
      orgName: t.orgName,
      targetFiscalYear: t.targetFiscalYear,
      label: formatFiscalYear(t.targetFiscalYear),
      staffKind: t.staffKind,
      roleName: t.roleName,
      jobType: t.jobType,
      jobTypeName: t.jobType ? (jobTypeOf(t.jobType)?.name ?? null) : null,
      count: t.count,
    })),
  };
}
