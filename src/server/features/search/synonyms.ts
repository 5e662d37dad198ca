import { asc, eq } from 'drizzle-orm';
import { searchSynonyms } from '../../../db/schema/index.ts';
import { normalise } from '../../../search/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { SynonymInput } from './synonyms.schema.ts';

/** A dictionary entry as stored. */
export type SynonymRow = typeof searchSynonyms.$inferSelect;

/** The dictionary, by headword. */
export function listSynonyms(db: Db): Promise<SynonymRow[]> {
  return db.select().from(searchSynonyms).orderBy(asc(searchSynonyms.term));
}

/** One entry; 404 when there is none. */
export async function getSynonym(db: Db, id: number): Promise<SynonymRow> {
  const [row] = await db.select().from(searchSynonyms).where(eq(searchSynonyms.id, id));
  if (!row) throw errors.notFound('検索辞書の語');
  return row;
}

/** The words of an entry without repeats (as normalised for search), the headword first. */
function cleaned(input: SynonymInput): { term: string; synonyms: string[]; note: string | null } {
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
async function assertTermFree(tx: Db, term: string, exceptId?: number): Promise<void> {
  const key = normalise(term);
  const rows = await tx.select({ id: searchSynonyms.id, term: searchSynonyms.term }).from(searchSynonyms);
  if (rows.some((r) => r.id !== exceptId && normalise(r.term) === key)) {
    throw errors.conflict(`「${term}」は検索辞書に登録されています。`);
  }
}

/** Adds an entry (admins), audited. 409 for a headword already in the dictionary. */
export async function createSynonym(db: Db, actor: Actor, input: SynonymInput, requestId?: string) {
  const values = cleaned(input);
  return db.transaction(async (tx) => {
    await assertTermFree(tx, values.term);
    const [after] = await tx.insert(searchSynonyms).values(values).returning();
    await writeAudit(
      tx,
      actor,
      { action: 'synonym.create', entityType: 'synonym', entityId: String(after!.id), after },
      requestId,
    );
    return after!;
  });
}

/** Replaces an entry (admins), audited; 412 when it changed since the version the client expects. */
export async function updateSynonym(
  db: Db,
  actor: Actor,
  id: number,
  input: SynonymInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  const values = cleaned(input);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)).for('update');
    if (!before) throw errors.notFound('検索辞書の語');
    assertVersion(before.version, expected);
    await assertTermFree(tx, values.term, id);
    const [after] = await tx
      .update(searchSynonyms)
      .set({ ...values, updatedAt: new Date(), version: nextVersion(searchSynonyms.version) })
      .where(eq(searchSynonyms.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      { action: 'synonym.update', entityType: 'synonym', entityId: String(id), before, after },
      requestId,
    );
    return after!;
  });
}

/** Removes an entry (admins), audited; 412 when it changed since the version the client expects. */
export async function deleteSynonym(
  db: Db,
  actor: Actor,
  id: number,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)).for('update');
    if (!before) throw errors.notFound('検索辞書の語');
    assertVersion(before.version, expected);
    await tx.delete(searchSynonyms).where(eq(searchSynonyms.id, id));
    await writeAudit(
      tx,
      actor,
      { action: 'synonym.delete', entityType: 'synonym', entityId: String(id), before },
      requestId,
    );
  });
}

/** The synonym groups of the dictionary, normalised as the index reads text: each headword with its words. */
export async function synonymGroups(db: Db): Promise<string[][]> {
  const rows = await db
    .select({ term: searchSynonyms.term, synonyms: searchSynonyms.synonyms })
    .from(searchSynonyms);
  return rows.map((r) => [r.term, ...r.synonyms]);
}
