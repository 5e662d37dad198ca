import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import type { listPosts } from './list-posts.ts';

/** The public shape of a post (budget already blanked by the use case where not the actor's). */
export function presentPost(p: Awaited<ReturnType<typeof listPosts>>[number]) {
  return {
    id: p.id,
    version: p.version,
    orgCode: p.orgCode,
    orgName: p.orgName,
    unit: p.unit,
    title: p.title,
    duties: p.duties,
    wantedJobType: p.wantedJobType,
    wantedLevel: p.wantedLevel,
    fte: p.fte,
    fromFiscalYear: p.fromFiscalYear,
    fromLabel: formatFiscalYear(p.fromFiscalYear),
    toFiscalYear: p.toFiscalYear,
    budgetSecured: p.budgetSecured,
    budgetYen: p.budgetYen,
    note: p.note,
    holders: p.holders,
  };
}
