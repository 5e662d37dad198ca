import type { Actor } from '../../platform/actor.ts';
import { ANY_VERSION, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { findVisiblePerson } from './person-access.ts';
import type { PersonStatus } from './talent.labels.ts';
import { applyPersonChanges, assertPersonVersion } from './update-person.ts';

/** Sets 在籍 / 休職 / 退職 (talent officers and admins), audited as `person.status`; idempotent;
 * 412 when it changed since the version the client expects. */
export async function setPersonStatus(
  db: Db,
  actor: Actor,
  personId: string,
  status: PersonStatus,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const { person } = await findVisiblePerson(tx, actor, personId);
    await assertPersonVersion(tx, personId, expected);
    if (person.status === status) return person;
    return applyPersonChanges(tx, actor, person, { status }, { action: 'person.status', requestId });
  });
}
