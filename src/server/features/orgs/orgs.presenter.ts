import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { OrgProfileRow } from './list-org-profiles.ts';
import type { OrgWithParticipation } from './list-orgs.ts';

/** The public shape of a body. */
export function presentOrg(o: OrgWithParticipation) {
  return {
    code: o.code,
    name: o.name,
    kana: o.kana,
    romaji: o.romaji,
    type: o.type,
    participation: o.fiscalYears.map((fiscalYear) => ({ fiscalYear, label: formatFiscalYear(fiscalYear) })),
  };
}

/** A body's profile for a 年度. */
export function presentOrgProfile(p: OrgProfileRow) {
  return {
    orgCode: p.orgCode,
    fiscalYear: p.fiscalYear,
    label: formatFiscalYear(p.fiscalYear),
    population: p.population,
    staffCount: p.staffCount,
    dxUnit: p.dxUnit,
    dxHead: p.dxHead,
    note: p.note,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}
