import { searchSynonyms } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** The synonym groups of the dictionary, normalised as the index reads text: each headword with its words. */
export async function synonymGroups(db: Db): Promise<string[][]> {
  const rows = await db
    .select({ term: searchSynonyms.term, synonyms: searchSynonyms.synonyms })
    .from(searchSynonyms);
  return rows.map((r) => [r.term, ...r.synonyms]);
}
