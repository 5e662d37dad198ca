/**
 * The savings a joint procurement is expected to bring: an assumed rate applied to the yearly costs
 * of the systems that would be procured together. Always answered with its formula and what it
 * leaves out, never as a bare number. Pure module.
 */

export type SavingsEstimate = {
  /** Expected savings per year, in yen (rounded down to the yen). */
  estimatedSavingsYen: number;
  /** The assumed reduction of the yearly cost, in percent. */
  ratePercent: number;
  /** The yearly costs the rate is applied to: the sum over the systems that record one. */
  basisYen: number;
  costedSystems: number;
  /** Systems without a yearly cost in their 台帳 (left out of the basis). */
  uncostedSystems: number;
  /** The calculation in words, e.g. 年間経費の合計 12,000,000円 × 削減率 10% = 1,200,000円（年額）. */
  formula: string;
};

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;

/** Percent with at most one decimal, as a person writes it: 10, 7.5. */
const percent = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

/** Estimates the yearly savings of procuring `yearlyCosts` together at `ratePercent` (0–100). */
export function estimateSavings(
  yearlyCosts: readonly (number | null)[],
  ratePercent: number,
): SavingsEstimate {
  const known = yearlyCosts.filter((c): c is number => c !== null);
  const basisYen = known.reduce((s, c) => s + c, 0);
  // Integer arithmetic in tenths of a percent, so 7.5% of 1,000,000 is exactly 75,000.
  const estimatedSavingsYen = Math.floor((basisYen * Math.round(ratePercent * 10)) / 1000);
  return {
    estimatedSavingsYen,
    ratePercent,
    basisYen,
    costedSystems: known.length,
    uncostedSystems: yearlyCosts.length - known.length,
    formula: `年間経費の合計 ${yen(basisYen)} × 削減率 ${percent(ratePercent)} = ${yen(estimatedSavingsYen)}（年額）`,
  };
}
