import { isDeepStrictEqual } from 'node:util';
import { eq } from 'drizzle-orm';
import { people } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { findVisiblePerson } from './person-access.ts';
import type { PersonRow } from './person-details.ts';
import {
  checkReferences,
  personSnapshot,
  replaceCertifications,
  replacePreferences,
  throwIfIssues,
} from './person-writes.ts';
import {
  type PersonInput,
  type PersonPatch,
  personConsistencyIssues,
  SELF_EDITABLE_FIELDS,
} from './talent.schema.ts';

/** Changes to a person: any subset of the input fields (status included, for imports). */
export type PersonChanges = Partial<PersonInput>;

/**
 * Applies changes to a person and audits before/after, inside the caller's transaction (the API's
 * PATCH and each matched row of an import). The cross-field rules are checked on the merged record.
 */
export async function applyPersonChanges(
  tx: Db,
  actor: Actor,
  before: PersonRow,
  changes: PersonChanges,
  audit: { action: string; requestId?: string },
): Promise<PersonRow> {
  const merged = { ...before, ...changes };
  const { issues, userId } = await checkReferences(tx, changes, before.id);
  issues.push(...personConsistencyIssues(merged));
  throwIfIssues(issues);
  const beforeSnapshot = await personSnapshot(tx, before);
  const { certifications, locationPreferences, accountLogin, ...fields } = changes;
  const [written] = await tx
    .update(people)
    .set({ ...fields, ...(accountLogin === undefined ? {} : { userId }) })
    .where(eq(people.id, before.id))
    .returning();
  if (!written) throw new Error('update returned no row');
  if (certifications) await replaceCertifications(tx, before.id, certifications);
  if (locationPreferences) await replacePreferences(tx, before.id, locationPreferences);
  const writtenSnapshot = await personSnapshot(tx, written);
  // A change that changes nothing (an export read back, a repeated PATCH) keeps the version, so
  // nobody else's If-Match goes stale and the 変更履歴 shows no empty entry.
  if (isDeepStrictEqual(comparable(beforeSnapshot), comparable(writtenSnapshot))) return written;
  const [after] = await tx
    .update(people)
    .set({ updatedAt: new Date(), version: nextVersion(people.version) })
    .where(eq(people.id, before.id))
    .returning();
  if (!after) throw new Error('update returned no row');
  await writeAudit(
    tx,
    actor,
    {
      action: audit.action,
      entityType: 'person',
      entityId: before.id,
      before: beforeSnapshot,
      after: { ...writtenSnapshot, updatedAt: after.updatedAt, version: after.version },
    },
    audit.requestId,
  );
  return after;
}

/** A snapshot without the bookkeeping fields, to tell whether anything really changed. */
function comparable(snapshot: Awaited<ReturnType<typeof personSnapshot>>) {
  const { updatedAt: _updatedAt, version: _version, ...rest } = snapshot;
  return rest;
}

/**
 * Locks a person's row for the rest of the transaction and throws 412 STALE_VERSION unless its
 * version is one the client expects.
 */
export async function assertPersonVersion(
  tx: Db,
  personId: string,
  expected: ExpectedVersion,
): Promise<void> {
  const [locked] = await tx
    .select({ version: people.version })
    .from(people)
    .where(eq(people.id, personId))
    .for('update');
  if (locked) assertVersion(locked.version, expected);
}

/**
 * Updates a person; 412 when it changed since the version the client expects. Talent officers and admins may change every field; a member only their own
 * career goal, secondary job type and desired work locations — any other field in the body is a 403.
 */
export async function updatePerson(
  db: Db,
  actor: Actor,
  personId: string,
  patch: PersonPatch,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const { person, relation } = await findVisiblePerson(tx, actor, personId);
    await assertPersonVersion(tx, personId, expected);
    if (!relation.programWide) {
      const allowed: readonly string[] = SELF_EDITABLE_FIELDS;
      const refused = Object.keys(patch).filter((k) => !allowed.includes(k));
      if (!relation.self || refused.length > 0) {
        throw errors.forbidden(
          `本人が変更できるのはキャリア目標・副ジョブタイプ・勤務希望地だけです（変更できない項目: ${refused.join(', ')}）。`,
        );
      }
    }
    return applyPersonChanges(tx, actor, person, patch, { action: 'person.update', requestId });
  });
}
