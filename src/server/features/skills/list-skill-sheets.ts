import { asc, eq } from 'drizzle-orm';
import { skillSheets } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { findVisiblePerson } from '../talent/person-access.ts';
import { loadSheetViews, type SheetView } from './load-sheet-views.ts';
import { assertSeesEvaluations } from './sheet-access.ts';

/**
 * A person's skill sheets, oldest 年度 first (the history). 404 when the person is not visible,
 * 403 when the actor sees the person but not their evaluations.
 */
export async function listSkillSheets(db: Db, actor: Actor, personId: string): Promise<SheetView[]> {
  const { person, relation } = await findVisiblePerson(db, actor, personId);
  assertSeesEvaluations(relation);
  const sheets = await db
    .select()
    .from(skillSheets)
    .where(eq(skillSheets.personId, person.id))
    .orderBy(asc(skillSheets.fiscalYear));
  return loadSheetViews(db, sheets);
}
