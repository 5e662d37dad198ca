/** Every table of the application. Order matters for backup/restore: parents before children. */
export * from './accounts.ts';
export * from './audit.ts';
export * from './orgs.ts';

import { loginAttempts, sessions, users } from './accounts.ts';
import { auditLog } from './audit.ts';
import { orgParticipation, orgs } from './orgs.ts';

/** Tables in dependency order (a table's foreign keys point only to tables before it). */
export const TABLES_IN_DEPENDENCY_ORDER = [orgs, orgParticipation, users, sessions, loginAttempts, auditLog];
