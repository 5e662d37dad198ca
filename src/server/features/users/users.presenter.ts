import type { users } from '../../../db/schema/index.ts';

/** An account without its password hash. */
export function presentUser(u: typeof users.$inferSelect) {
  return {
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    role: u.role,
    orgCode: u.orgCode,
    disabled: u.disabled,
    createdAt: u.createdAt.toISOString(),
  };
}
