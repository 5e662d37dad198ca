import { eq } from 'drizzle-orm';
import { skillSheets } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { assertVersion, type ExpectedVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { findVisiblePerson, type PersonRelation, seesEvaluations } from '../talent/person-access.ts';

/**
 * Loads a skill sheet whose person the actor may see, with how the actor relates to that person.
 * A missing sheet and a sheet of an invisible person are the same 404, so another body's sheets are
 * not even confirmed to exist.
 */
export async function findVisibleSheet(db: Db, actor: Actor, sheetId: string) {
  const [sheet] = await db.select().from(skillSheets).where(eq(skillSheets.id, sheetId)).limit(1);
  if (!sheet) throw errors.notFound('スキルシート');
  try {
    const { person, relation } = await findVisiblePerson(db, actor, sheet.personId);
    return { sheet, person, relation };
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw errors.notFound('スキルシート');
    throw err;
  }
}

/**
 * Skill sheets are evaluation data throughout (self levels, evaluator levels, achievement): the
 * person, program-wide roles and the host body's manager see them; anyone else who can see the
 * person (municipal staff, the employing body's roles) gets 403.
 */
export function assertSeesEvaluations(relation: PersonRelation): void {
  if (!seesEvaluations(relation))
    throw errors.forbidden('この人材のスキルシート（評価情報）を閲覧する権限がありません。');
}

/** Whether an error is PostgreSQL's unique violation (23505), as either driver reports it through Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Locks a sheet's row for the rest of the transaction and throws 412 STALE_VERSION unless its version
 * is one the client expects (the self-assessment and the evaluation both change the sheet).
 */
export async function assertSheetVersion(tx: Db, sheetId: string, expected: ExpectedVersion): Promise<void> {
  const [locked] = await tx
    .select({ version: skillSheets.version })
    .from(skillSheets)
    .where(eq(skillSheets.id, sheetId))
    .for('update');
  if (locked) assertVersion(locked.version, expected);
}
