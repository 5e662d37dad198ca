import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { findVisiblePerson } from '../talent/person-access.ts';

/**
 * A person whose training plan the actor may change: the person themself, talent officers and admins
 * (404 when the person is not visible, 403 when visible but not theirs). `mayChangeCosts` is false for
 * the person: costs are the program's budget, set by talent officers and admins.
 */
export async function findPlanEditor(db: Db, actor: Actor, personId: string) {
  const { person, relation } = await findVisiblePerson(db, actor, personId);
  if (!relation.self && !relation.programWide)
    throw errors.forbidden('研修計画を変更できるのは本人と人材機構・管理者です。');
  return { person, relation, mayChangeCosts: relation.programWide };
}

/** 403 for a cost the actor may not set. */
export const costsForbidden = () => errors.forbidden('研修の費用を変更できるのは人材機構・管理者です。');
