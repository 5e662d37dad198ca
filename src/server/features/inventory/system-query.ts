import { and, eq, getTableColumns, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import { orgs, systems } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import type { SystemFilter } from './inventory.schema.ts';

/** Escapes LIKE wildcards so user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE of a filtered list or export (the 台帳 is shared: no tenant restriction on reading). */
export function systemConditions(filter: SystemFilter): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (filter.orgCode) c.push(eq(systems.orgCode, filter.orgCode));
  if (filter.business) c.push(eq(systems.business, filter.business));
  if (filter.vendor) c.push(eq(systems.vendor, filter.vendor));
  if (filter.hosting) c.push(eq(systems.hosting, filter.hosting));
  if (filter.status) c.push(eq(systems.status, filter.status));
  if (filter.contractEndBefore) c.push(lte(systems.contractEnd, filter.contractEndBefore));
  if (filter.contractEndAfter) c.push(gte(systems.contractEnd, filter.contractEndAfter));
  const q = filter.q?.trim();
  if (q) {
    const p = likePattern(q);
    c.push(
      or(ilike(systems.name, p), ilike(systems.vendor, p), ilike(systems.product, p), ilike(systems.unit, p)),
    );
  }
  return and(...c);
}

/** SELECT of systems with their body's name. */
export function selectSystems(db: Db) {
  return db
    .select({ ...getTableColumns(systems), orgName: orgs.name })
    .from(systems)
    .innerJoin(orgs, eq(orgs.code, systems.orgCode));
}
