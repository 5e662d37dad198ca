import type { practices, systems } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';

const SUMMARY_CHARS = 160;

/** A system as a search hit. */
export function presentSystemHit(s: typeof systems.$inferSelect & { orgName: string }) {
  return {
    id: s.id,
    orgCode: s.orgCode,
    orgName: s.orgName,
    name: s.name,
    business: s.business,
    category: s.category,
    unit: s.unit,
    vendor: s.vendor,
    product: s.product,
    hosting: s.hosting,
    contractEnd: s.contractEnd,
    yearlyCost: s.yearlyCost,
  };
}

/** An initiative as a search hit, its summary cut short. */
export function presentPracticeHit(p: typeof practices.$inferSelect & { orgName: string }) {
  return {
    id: p.id,
    orgCode: p.orgCode,
    orgName: p.orgName,
    title: p.title,
    category: p.category,
    fiscalYear: p.fiscalYear,
    fiscalYearLabel: formatFiscalYear(p.fiscalYear),
    themes: p.themes,
    status: p.status,
    summary: p.summary.length > SUMMARY_CHARS ? `${p.summary.slice(0, SUMMARY_CHARS)}…` : p.summary,
  };
}
