import { isApplicationLevelOrHigher } from './certifications.ts';
import { fiscalYearOf, type IsoDate } from './fiscal-year.ts';

/**
 * 初任給調整手当 (program document p.8 and p.21): from 令和5年度 (2023) hiring on, an 情報職 who has
 * passed 応用情報技術者試験 or a higher IPA exam receives ¥50,000 a month for 10 years from hiring.
 * Pure module.
 */
export const ALLOWANCE_RULE = {
  monthlyYen: 50_000,
  years: 10,
  firstHiringFiscalYear: 2023,
} as const;

export type AllowanceInput = {
  /** Only 県情報職 are 情報職; municipal staff and fixed-term experts are paid by other rules. */
  category: 'pref_it' | 'municipal_registered' | 'fixed_term_expert';
  hiredOn: IsoDate;
  certifications: { code: string; passedOn: IsoDate }[];
};

export type Allowance =
  | { eligible: true; monthlyYen: number; start: IsoDate; end: IsoDate; qualifyingExam: string }
  | { eligible: false; reason: string };

function addYearsMinusOneDay(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/**
 * Decides eligibility and the payment period. The period runs from hiring for 10 years; an exam passed
 * after hiring starts payment from the first day of the following month, still ending 10 years after
 * hiring (the allowance is tied to the hiring date, p.8).
 */
export function computeAllowance(input: AllowanceInput): Allowance {
  if (input.category !== 'pref_it') return { eligible: false, reason: '情報職（県）の採用者ではありません' };
  if (fiscalYearOf(input.hiredOn) < ALLOWANCE_RULE.firstHiringFiscalYear) {
    return { eligible: false, reason: '令和5年度より前の採用です' };
  }
  const qualifying = input.certifications
    .filter((c) => isApplicationLevelOrHigher(c.code))
    .sort((a, b) => a.passedOn.localeCompare(b.passedOn))[0];
  if (!qualifying) return { eligible: false, reason: '応用情報技術者試験以上の合格がありません' };
  const end = addYearsMinusOneDay(input.hiredOn, ALLOWANCE_RULE.years);
  let start = input.hiredOn;
  if (qualifying.passedOn > input.hiredOn) {
    const [y, m] = qualifying.passedOn.split('-').map(Number) as [number, number];
    start = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  }
  if (start > end) return { eligible: false, reason: '合格が採用から10年の支給期間を過ぎています' };
  return {
    eligible: true,
    monthlyYen: ALLOWANCE_RULE.monthlyYen,
    start,
    end,
    qualifyingExam: qualifying.code,
  };
}
