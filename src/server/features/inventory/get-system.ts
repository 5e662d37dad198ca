import { eq } from 'drizzle-orm';
import { systems } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import type { SystemRow } from './inventory.presenter.ts';
import { selectSystems } from './system-query.ts';

/** One system with its body's name; 404 when there is none. */
export async function getSystem(db: Db, id: number): Promise<SystemRow> {
  const [row] = await selectSystems(db).where(eq(systems.id, id)).limit(1);
  if (!row) throw errors.notFound('情報システム');
  return row;
}
