import { searchSynonyms } from '../../../db/schema/index.ts';
import { normalise } from '../../../search/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { SynonymInput } from './synonyms.schema.ts';

/** A dictionary entry as stored. */
export type SynonymRow = typeof searchSynonyms.$inferSelect;

/** The words of an entry without repeats (as normalised for search), the headword first. */
export function cleanedEntry(input: SynonymInput): { term: string; synonyms: string[]; note: string | null } {
  const seen = new Set([normalise(input.term)]);
  const synonyms = input.synonyms.filter((w) => {
    const key = normalise(w);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (synonyms.length === 0) {
    throw errors.validation([{ path: 'synonyms', message: '見出し語と異なる語を1つ以上入力してください' }]);
  }
  return { term: input.term, synonyms, note: input.note || null };
}

/** 409 when another entry has the same headword once normalised (住基 and ｼﾞｭｳｷ-like variants). */
export async function assertTermFree(tx: Db, term: string, exceptId?: number): Promise<void> {
  const key = normalise(term);
  const rows = await tx.select({ id: searchSynonyms.id, term: searchSynonyms.term }).from(searchSynonyms);
  if (rows.some((r) => r.id !== exceptId && normalise(r.term) === key)) {
    throw errors.conflict(`「${term}」は検索辞書に登録されています。`);
  }
}
