import { currentFiscalYear } from '../../../domain/fiscal-year.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { findVisiblePerson } from './person-access.ts';
import { loadPersonDetails } from './person-details.ts';
import { presentPerson } from './talent.presenter.ts';

/** One person the actor may see (404 otherwise), presented for the actor; assignments of `fiscalYear`. */
export async function getPerson(db: Db, actor: Actor, personId: string, fiscalYear = currentFiscalYear()) {
  const { person, relation } = await findVisiblePerson(db, actor, personId);
  const details = await loadPersonDetails(db, [person], fiscalYear);
  return presentPerson(person, details, relation);
}
