import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { findVisiblePerson } from './person-access.ts';
import type { PersonStatus } from './talent.labels.ts';
import { applyPersonChanges } from './update-person.ts';

/** Sets 在籍 / 休職 / 退職 (talent officers and admins), audited as `person.status`; idempotent. */
export async function setPersonStatus(
  db: Db,
  actor: Actor,
  personId: string,
  status: PersonStatus,
  requestId?: string,
) {
  return db.transaction(async (tx) => {
    const { person } = await findVisiblePerson(tx, actor, personId);
    if (person.status === status) return person;
    return applyPersonChanges(tx, actor, person, { status }, { action: 'person.status', requestId });
  });
}
