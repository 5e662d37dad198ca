import type { Db } from '../../platform/db.ts';
import { searchServiceFor } from './search-service.ts';

/** What {@link buildSearchIndexes} built. */
export type BuiltSearchIndexes = { systems: number; practices: number; milliseconds: number };

/**
 * Builds this process's search indexes now (systems and initiatives), instead of on the first search:
 * at hundreds of thousands of 台帳 rows a build takes seconds, which a user should not wait for.
 * `dxship serve` calls it once it is listening. Idempotent: an index already built is reused.
 */
export async function buildSearchIndexes(db: Db): Promise<BuiltSearchIndexes> {
  const started = performance.now();
  const service = searchServiceFor(db);
  await service.ready();
  const systems = await service.systems.get();
  const practices = await service.practices.get();
  return {
    systems: systems.index.size,
    practices: practices.index.size,
    milliseconds: Math.round(performance.now() - started),
  };
}
