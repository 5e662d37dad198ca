import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { orgs, practices, systems } from '../../../db/schema/index.ts';
import { fiscalYearOf, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { expandQuery, matchExpanded } from '../../../search/index.ts';
import type { Db } from '../../platform/db.ts';
import { synonymGroups } from './load-synonym-groups.ts';
import type { SearchQuery } from './search.schema.ts';
import type { PracticeFacets, SystemFacets } from './search-documents.ts';
import { searchServiceFor } from './search-service.ts';

/** Vendors listed in the facet (the most frequent first). */
const MAX_VENDORS = 30;

type Counter = Map<string, number>;

function bump(counter: Counter, value: string | null | undefined): void {
  if (value === null || value === undefined || value === '') return;
  counter.set(value, (counter.get(value) ?? 0) + 1);
}

function facet(
  counter: Counter,
  label: (value: string) => string = (v) => v,
  order: 'count' | 'value' = 'count',
) {
  const entries = [...counter].map(([value, count]) => ({ value, label: label(value), count }));
  return entries.sort((a, b) =>
    order === 'count' ? b.count - a.count || a.value.localeCompare(b.value) : a.value.localeCompare(b.value),
  );
}

function systemFilter(q: SearchQuery) {
  return (f: SystemFacets | undefined): boolean =>
    f !== undefined &&
    (!q.orgCode || f.orgCode === q.orgCode) &&
    (!q.business || f.business === q.business) &&
    (!q.vendor || f.vendor === q.vendor) &&
    (!q.hosting || f.hosting === q.hosting) &&
    (!q.contractEndBefore || (f.contractEnd !== null && f.contractEnd <= q.contractEndBefore)) &&
    (!q.contractEndAfter || (f.contractEnd !== null && f.contractEnd >= q.contractEndAfter));
}

function practiceFilter(q: SearchQuery) {
  return (f: PracticeFacets | undefined): boolean =>
    f !== undefined &&
    (!q.orgCode || f.orgCode === q.orgCode) &&
    (!q.theme || f.themes.includes(q.theme)) &&
    (q.fiscalYear === undefined || f.fiscalYear === q.fiscalYear);
}

/**
 * Japanese substring search over the 台帳 and the DX施策 with facet filters and counts; each term also
 * finds its synonyms from the search dictionary. Matching is
 * exact for queries of any length (see src/search); results are in id order, so they are the same
 * whichever database runs. Filters that only one kind has (business, vendor, hosting, contract end /
 * theme, 年度) leave the other kind out. Facet counts are over the filtered results.
 */
export async function runSearch(db: Db, q: SearchQuery) {
  const service = searchServiceFor(db);
  await service.ready();
  // Each term with its synonyms from the dictionary (住基 → 住民基本台帳, 住民記録).
  const terms = expandQuery(q.q, await synonymGroups(db));
  const systemOnly = Boolean(
    q.business || q.vendor || q.hosting || q.contractEndBefore || q.contractEndAfter,
  );
  const practiceOnly = Boolean(q.theme || q.fiscalYear !== undefined);
  const wantSystems = q.kind !== 'practice' && !practiceOnly;
  const wantPractices = q.kind !== 'system' && !systemOnly;

  const counters = {
    body: new Map() as Counter,
    business: new Map() as Counter,
    vendor: new Map() as Counter,
    hosting: new Map() as Counter,
    contractEndFiscalYear: new Map() as Counter,
    theme: new Map() as Counter,
    fiscalYear: new Map() as Counter,
  };

  let systemIds: Int32Array = new Int32Array(0);
  if (wantSystems) {
    const index = await service.systems.get();
    const accept = systemFilter(q);
    systemIds = matchExpanded(index.index, terms, { filter: (id) => accept(index.facets.get(id)) });
    for (const id of systemIds) {
      const f = index.facets.get(id)!;
      bump(counters.body, f.orgCode);
      bump(counters.business, f.business);
      bump(counters.vendor, f.vendor);
      bump(counters.hosting, f.hosting);
      if (f.contractEnd) bump(counters.contractEndFiscalYear, String(fiscalYearOf(f.contractEnd)));
    }
  }
  let practiceIds: Int32Array = new Int32Array(0);
  if (wantPractices) {
    const index = await service.practices.get();
    const accept = practiceFilter(q);
    practiceIds = matchExpanded(index.index, terms, { filter: (id) => accept(index.facets.get(id)) });
    for (const id of practiceIds) {
      const f = index.facets.get(id)!;
      bump(counters.body, f.orgCode);
      for (const theme of f.themes) bump(counters.theme, theme);
      bump(counters.fiscalYear, String(f.fiscalYear));
    }
  }

  const systemPage = [...systemIds.subarray(q.offset, q.offset + q.limit)];
  const practicePage = [...practiceIds.subarray(q.offset, q.offset + q.limit)];
  const [orgRows, systemRows, practiceRows] = await Promise.all([
    db.select({ code: orgs.code, name: orgs.name }).from(orgs),
    systemPage.length === 0
      ? []
      : db
          .select({ ...getTableColumns(systems), orgName: orgs.name })
          .from(systems)
          .innerJoin(orgs, eq(orgs.code, systems.orgCode))
          .where(inArray(systems.id, systemPage))
          .orderBy(asc(systems.id)),
    practicePage.length === 0
      ? []
      : db
          .select({ ...getTableColumns(practices), orgName: orgs.name })
          .from(practices)
          .innerJoin(orgs, eq(orgs.code, practices.orgCode))
          .where(inArray(practices.id, practicePage))
          .orderBy(asc(practices.id)),
  ]);
  const orgName = new Map(orgRows.map((o) => [o.code, o.name]));
  const fyLabel = (v: string) => formatFiscalYear(Number(v));
  return {
    query: q.q,
    terms: terms.map((alternatives) => alternatives[0]!),
    expansions: terms.filter((alternatives) => alternatives.length > 1),
    systems: { total: systemIds.length, items: systemRows },
    practices: { total: practiceIds.length, items: practiceRows },
    facets: {
      body: facet(counters.body, (v) => orgName.get(v) ?? v, 'value'),
      business: facet(counters.business),
      vendor: facet(counters.vendor).slice(0, MAX_VENDORS),
      hosting: facet(counters.hosting),
      contractEndFiscalYear: facet(counters.contractEndFiscalYear, fyLabel, 'value'),
      theme: facet(counters.theme),
      fiscalYear: facet(counters.fiscalYear, fyLabel, 'value'),
    },
  };
}
