import { asc } from 'drizzle-orm';
import { searchSynonyms } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import type { SynonymRow } from './synonym-entry.ts';

/** The dictionary, by headword. */
export function listSynonyms(db: Db): Promise<SynonymRow[]> {
  return db.select().from(searchSynonyms).orderBy(asc(searchSynonyms.term));
}
