import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import { useOrgs } from '../orgs/orgs-queries.ts';

/**
 * The 年度 a program page opens on: the latest 年度 bodies take part in (the data's present), but not
 * later than today's 年度; today's when nothing is recorded yet. Undefined while the bodies load.
 */
export function useDefaultFiscalYear(): number | undefined {
  const orgs = useOrgs();
  if (!orgs.data) return orgs.isError ? currentFiscalYear() : undefined;
  const years = orgs.data.items.flatMap((o) => o.participation.map((p) => p.fiscalYear));
  const now = currentFiscalYear();
  return years.length === 0 ? now : Math.min(now, Math.max(...years));
}

/** The 年度 to show: `?fiscalYear=` when it is a plausible year, else the default. */
export function chosenFiscalYear(params: URLSearchParams, fallback: number | undefined): number | undefined {
  const raw = Number(params.get('fiscalYear'));
  return Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : fallback;
}
