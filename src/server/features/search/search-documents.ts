import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { orgs, practices, systems } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** What the search covers. */
export type SearchKind = 'system' | 'practice';

/** Facet values of a system, kept beside the text index. */
export type SystemFacets = {
  orgCode: string;
  business: string;
  vendor: string | null;
  hosting: string;
  contractEnd: string | null;
};

/** Facet values of an initiative. */
export type PracticeFacets = {
  orgCode: string;
  themes: readonly string[];
  fiscalYear: number;
  category: string;
};

/** A row as the index takes it: its id, the text fields searched, its facet values. */
export type LoadedDocument<F> = { id: number; fields: string[]; facets: F };

const PAGE = 10_000;

/** Identical strings share one instance: facet values repeat across thousands of rows. */
export class Interner {
  private readonly strings = new Map<string, string>();
  get(value: string): string;
  get(value: string | null): string | null;
  get(value: string | null): string | null {
    if (value === null) return null;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }
}

async function* pages<R extends { id: number }>(
  load: (after: number, limit: number) => Promise<R[]>,
): AsyncGenerator<R[]> {
  let after = -1;
  for (;;) {
    const rows = await load(after, PAGE);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}

function idCondition(
  column: typeof systems.id | typeof practices.id,
  after: number,
  ids?: readonly number[],
) {
  const conditions: SQL[] = [gt(column, after)];
  if (ids) conditions.push(inArray(column, [...ids]));
  return and(...conditions);
}

/** Systems as documents, in id order, a page at a time; only `ids` when given. */
export async function* loadSystemDocuments(
  db: Db,
  interner: Interner,
  ids?: readonly number[],
): AsyncGenerator<LoadedDocument<SystemFacets>[]> {
  const load = (after: number, limit: number) =>
    db
      .select({
        id: systems.id,
        orgCode: systems.orgCode,
        orgName: orgs.name,
        name: systems.name,
        business: systems.business,
        category: systems.category,
        unit: systems.unit,
        vendor: systems.vendor,
        product: systems.product,
        hosting: systems.hosting,
        contractEnd: systems.contractEnd,
        note: systems.note,
      })
      .from(systems)
      .innerJoin(orgs, eq(orgs.code, systems.orgCode))
      .where(idCondition(systems.id, after, ids))
      .orderBy(asc(systems.id))
      .limit(limit);
  for await (const rows of pages(load)) {
    yield rows.map((r) => ({
      id: r.id,
      fields: [
        r.name,
        r.orgName,
        r.business,
        r.category,
        r.unit,
        r.vendor,
        r.product,
        r.hosting,
        r.note,
      ].filter((f): f is string => f !== null && f !== ''),
      facets: {
        orgCode: interner.get(r.orgCode),
        business: interner.get(r.business),
        vendor: interner.get(r.vendor),
        hosting: interner.get(r.hosting),
        contractEnd: interner.get(r.contractEnd),
      },
    }));
  }
}

/** Initiatives as documents, in id order, a page at a time; only `ids` when given. */
export async function* loadPracticeDocuments(
  db: Db,
  interner: Interner,
  ids?: readonly number[],
): AsyncGenerator<LoadedDocument<PracticeFacets>[]> {
  const load = (after: number, limit: number) =>
    db
      .select({
        id: practices.id,
        orgCode: practices.orgCode,
        orgName: orgs.name,
        title: practices.title,
        category: practices.category,
        fiscalYear: practices.fiscalYear,
        themes: practices.themes,
        funding: practices.funding,
        summary: practices.summary,
        outcome: practices.outcome,
        contact: practices.contact,
      })
      .from(practices)
      .innerJoin(orgs, eq(orgs.code, practices.orgCode))
      .where(idCondition(practices.id, after, ids))
      .orderBy(asc(practices.id))
      .limit(limit);
  for await (const rows of pages(load)) {
    yield rows.map((r) => ({
      id: r.id,
      fields: [
        r.title,
        r.orgName,
        r.category,
        r.themes.join(' '),
        r.funding,
        r.summary,
        r.outcome,
        r.contact,
      ].filter((f): f is string => f !== null && f !== ''),
      facets: {
        orgCode: interner.get(r.orgCode),
        themes: r.themes.map((t) => interner.get(t)),
        fiscalYear: r.fiscalYear,
        category: interner.get(r.category),
      },
    }));
  }
}
