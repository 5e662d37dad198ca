import { people } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import type { PersonRow } from './person-details.ts';
import {
  checkReferences,
  personSnapshot,
  replaceCertifications,
  replacePreferences,
  throwIfIssues,
} from './person-writes.ts';
import type { PersonInput } from './talent.schema.ts';

/**
 * Inserts a person with certifications and preferences and audits it, inside the caller's
 * transaction (the API's create and each new row of an import).
 */
export async function insertPerson(
  tx: Db,
  actor: Actor,
  input: PersonInput,
  audit: { action: string; requestId?: string },
): Promise<PersonRow> {
  const { issues, userId } = await checkReferences(tx, input);
  throwIfIssues(issues);
  const { certifications, locationPreferences, accountLogin: _login, ...fields } = input;
  const [created] = await tx
    .insert(people)
    .values({ ...fields, userId: userId ?? null })
    .returning();
  if (!created) throw new Error('insert returned no row');
  await replaceCertifications(tx, created.id, certifications);
  await replacePreferences(tx, created.id, locationPreferences);
  await writeAudit(
    tx,
    actor,
    {
      action: audit.action,
      entityType: 'person',
      entityId: created.id,
      after: await personSnapshot(tx, created),
    },
    audit.requestId,
  );
  return created;
}

/** Registers a person (talent officers and admins); nothing is written on any error. */
export async function createPerson(db: Db, actor: Actor, input: PersonInput, requestId?: string) {
  return db.transaction((tx) => insertPerson(tx, actor, input, { action: 'person.create', requestId }));
}
