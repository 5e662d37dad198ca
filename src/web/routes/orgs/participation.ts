import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Org } from './orgs-queries.ts';

/** Every 年度 in which any body took part, oldest first. */
export function participationYears(orgs: readonly Org[]): number[] {
  const years = new Set<number>();
  for (const org of orgs) for (const p of org.participation) years.add(p.fiscalYear);
  return [...years].sort((a, b) => a - b);
}

/** Whether `org` took part in the share in `fiscalYear`. */
export function participates(org: Org, fiscalYear: number): boolean {
  return org.participation.some((p) => p.fiscalYear === fiscalYear);
}

/** Per 年度 (oldest first): its 和暦 label and how many 市町 took part (e.g. 令和6年度: 15). */
export function municipalParticipationCounts(
  orgs: readonly Org[],
): { fiscalYear: number; label: string; count: number }[] {
  return participationYears(orgs).map((fiscalYear) => ({
    fiscalYear,
    label: formatFiscalYear(fiscalYear),
    count: orgs.filter((org) => org.type !== '県' && participates(org, fiscalYear)).length,
  }));
}
