import type { users } from '../../../db/schema/index.ts';

/** An account without its secrets (password hash, TOTP secret). */
export function presentUser(u: typeof users.$inferSelect) {
  return {
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    email: u.email,
    role: u.role,
    orgCode: u.orgCode,
    disabled: u.disabled,
    isDemo: u.isDemo,
    hasPassword: u.passwordHash !== null,
    mfaEnabled: u.totpEnabledAt !== null,
    createdAt: u.createdAt.toISOString(),
    version: u.version,
  };
}

/** What the audit log keeps of an account: never a password hash, TOTP secret or token. */
export function auditableUser(u: typeof users.$inferSelect) {
  const { createdAt: _created, ...rest } = presentUser(u);
  return rest;
}
