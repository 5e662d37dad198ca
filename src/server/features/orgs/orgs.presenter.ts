import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
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
