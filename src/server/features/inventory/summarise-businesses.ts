import { count, countDistinct, min, sql, sum } from 'drizzle-orm';
import { systems } from '../../../db/schema/index.ts';
import { BUSINESSES, isStandardBusiness } from '../../../domain/standard-businesses.ts';
import type { Db } from '../../platform/db.ts';

const TOP_VENDORS = 5;

/**
 * The 台帳 per business across bodies: how many systems and bodies, the yearly cost in all, the
 * vendors with the most systems, the earliest contract end. Every business is listed, even empty.
 */
export async function summariseBusinesses(db: Db) {
  const [totals, vendors] = await Promise.all([
    db
      .select({
        business: systems.business,
        systems: count(),
        bodies: countDistinct(systems.orgCode),
        yearlyCost: sum(systems.yearlyCost).mapWith(Number),
        earliestContractEnd: min(systems.contractEnd),
      })
      .from(systems)
      .where(sql`${systems.status} <> '廃止'`)
      .groupBy(systems.business),
    db
      .select({ business: systems.business, vendor: systems.vendor, systems: count() })
      .from(systems)
      .where(sql`${systems.status} <> '廃止' AND ${systems.vendor} IS NOT NULL`)
      .groupBy(systems.business, systems.vendor),
  ]);
  const byBusiness = new Map(totals.map((t) => [t.business, t]));
  return BUSINESSES.map((business) => {
    const t = byBusiness.get(business);
    const top = vendors
      .filter((v) => v.business === business && v.vendor !== null)
      .sort((a, b) => b.systems - a.systems || (a.vendor ?? '').localeCompare(b.vendor ?? ''))
      .slice(0, TOP_VENDORS)
      .map((v) => ({ vendor: v.vendor ?? '', systems: v.systems }));
    return {
      business,
      standardBusiness: isStandardBusiness(business),
      systems: t?.systems ?? 0,
      bodies: t?.bodies ?? 0,
      yearlyCost: t?.yearlyCost ?? 0,
      vendors: top,
      earliestContractEnd: t?.earliestContractEnd ?? null,
    };
  });
}
