import { asc, eq } from 'drizzle-orm';
import { personCertifications } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { findVisiblePerson, seesPersonalData } from './person-access.ts';
import { allowanceOf, presentAllowance } from './talent.presenter.ts';

/**
 * 初任給調整手当 of a person: eligibility and payment period. Only the person and program-wide roles;
 * someone who can see the person otherwise gets 403, someone who cannot gets 404.
 */
export async function getAllowance(db: Db, actor: Actor, personId: string) {
  const { person, relation } = await findVisiblePerson(db, actor, personId);
  if (!seesPersonalData(relation)) throw errors.forbidden('初任給調整手当は本人と人材機構のみ閲覧できます。');
  const certifications = await db
    .select({ code: personCertifications.code, passedOn: personCertifications.passedOn })
    .from(personCertifications)
    .where(eq(personCertifications.personId, person.id))
    .orderBy(asc(personCertifications.passedOn));
  return presentAllowance(allowanceOf(person, certifications));
}
