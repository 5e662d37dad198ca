import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../../../db/schema/index.ts';
import type { Role } from '../../../domain/roles.ts';
import type { Db } from '../../platform/db.ts';

/**
 * The people who take part in a meeting for an invited body: the body's DX people (its manager and
 * staff; for the prefecture, the DX team as well).
 */
export const MEETING_PARTICIPANT_ROLES: readonly Role[] = ['admin', 'municipal_manager', 'municipal_staff'];

/** Ids of the active users of `orgCodes` with one of `roles`. */
export async function usersOfBodies(db: Db, orgCodes: readonly string[], roles: readonly Role[]) {
  if (orgCodes.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.orgCode, [...new Set(orgCodes)]),
        inArray(users.role, [...roles]),
        eq(users.disabled, false),
      ),
    );
  return rows.map((r) => r.id);
}

/** Ids of the body's managers (団体DX責任者). */
export function managersOf(db: Db, orgCodes: readonly string[]) {
  return usersOfBodies(db, orgCodes, ['municipal_manager']);
}

/** Ids of the prefecture's DX team (every admin, whatever body the account is filed under). */
export async function adminTeam(db: Db) {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}
