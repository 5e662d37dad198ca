import { eq } from 'drizzle-orm';
import { searchSynonyms } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertTermFree, cleanedEntry } from './synonym-entry.ts';
import type { SynonymInput } from './synonyms.schema.ts';

/** Replaces an entry (admins), audited; 412 when it changed since the version the client expects. */
export async function updateSynonym(
  db: Db,
  actor: Actor,
  id: number,
  input: SynonymInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  const values = cleanedEntry(input);
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
