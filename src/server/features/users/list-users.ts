import { and, asc, eq, type SQL } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Db } from '../../platform/db.ts';
import { scopeToBody } from '../../platform/scope.ts';

/** Accounts the actor may see: all bodies for program-wide roles, otherwise the actor's own body. */
export async function listUsers(db: Db, actor: Actor, filter: { orgCode?: string }) {
  const conditions: (SQL | undefined)[] = [scopeToBody(actor, users.orgCode)];
  if (filter.orgCode) conditions.push(eq(users.orgCode, filter.orgCode));
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.orgCode), asc(users.login));
}
