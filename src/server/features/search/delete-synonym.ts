import { eq } from 'drizzle-orm';
import { searchSynonyms } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';

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
