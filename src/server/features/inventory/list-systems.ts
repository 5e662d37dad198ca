import { asc, count, desc } from 'drizzle-orm';
import { systems } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import type { SystemRow } from './inventory.presenter.ts';
import type { SystemFilter } from './inventory.schema.ts';
import { selectSystems, systemConditions } from './system-query.ts';

const ORDER = {
  id: [asc(systems.id)],
  contractEnd: [asc(systems.contractEnd), asc(systems.id)],
  yearlyCost: [desc(systems.yearlyCost), asc(systems.id)],
  name: [asc(systems.name), asc(systems.id)],
} as const;

/** A page of the 台帳 (every body's systems: the 台帳 is shared for reading) and the total. */
export async function listSystems(
  db: Db,
  query: SystemFilter & { sort: keyof typeof ORDER; limit: number; offset: number },
): Promise<{ items: SystemRow[]; total: number }> {
  const where = systemConditions(query);
  const [items, [total]] = await Promise.all([
    selectSystems(db)
      .where(where)
      .orderBy(...ORDER[query.sort])
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(systems).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
