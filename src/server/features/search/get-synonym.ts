import { eq } from 'drizzle-orm';
import { searchSynonyms } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { SynonymRow } from './synonym-entry.ts';

/** One entry; 404 when there is none. */
export async function getSynonym(db: Db, id: number): Promise<SynonymRow> {
  const [row] = await db.select().from(searchSynonyms).where(eq(searchSynonyms.id, id));
  if (!row) throw errors.notFound('検索辞書の語');
  return row;
}
