import { type Column, eq, type SQL } from 'drizzle-orm';
import { seesAllBodies } from '../../domain/roles.ts';
import type { Actor } from './actor.ts';
import { errors } from './errors.ts';

/**
 * The tenant scope: every query of body-owned rows passes its body column through here.
 * Program-wide roles (admin, talent_officer) see every body; everyone else sees their own.
 * Returns a condition for `.where()` (undefined = no restriction).
 */
export function scopeToBody(actor: Actor, bodyColumn: Column): SQL | undefined {
  return seesAllBodies(actor.role) ? undefined : eq(bodyColumn, actor.orgCode);
}

/** Whether the actor may read or write rows owned by `orgCode`. */
export function canAccessBody(actor: Actor, orgCode: string): boolean {
  return seesAllBodies(actor.role) || actor.orgCode === orgCode;
}

/**
 * Throws 404 (not 403: the row's existence is itself private) when the actor may not touch
 * rows of `orgCode`.
 */
export function assertBodyAccess(actor: Actor, orgCode: string, what: string): void {
  if (!canAccessBody(actor, orgCode)) throw errors.notFound(what);
}
