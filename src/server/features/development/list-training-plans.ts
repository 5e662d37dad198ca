import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { findVisiblePerson } from '../talent/person-access.ts';
import { loadPlans, type PlanView } from './load-plans.ts';

/**
 * A person's training plans (one 年度 or all): anyone who may see the person reads them — plans hold
 * courses and costs, not evaluations. 404 when the person is not visible.
 */
export async function listTrainingPlans(
  db: Db,
  actor: Actor,
  personId: string,
  fiscalYear?: number,
): Promise<PlanView[]> {
  const { person } = await findVisiblePerson(db, actor, personId);
  return loadPlans(db, person.id, fiscalYear);
}
