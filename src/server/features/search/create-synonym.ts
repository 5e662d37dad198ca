import { searchSynonyms } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { assertTermFree, cleanedEntry } from './synonym-entry.ts';
import type { SynonymInput } from './synonyms.schema.ts';

/** Adds an entry (admins), audited. 409 for a headword already in the dictionary. */
export async function createSynonym(db: Db, actor: Actor, input: SynonymInput, requestId?: string) {
  const values = cleanedEntry(input);
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
