import type { Role } from '../../domain/roles.ts';
import { errors } from './errors.ts';

/** Who is acting: a signed-in user, or the operator CLI. */
export type Actor = {
  userId: string | null;
  login: string;
  displayName: string;
  role: Role;
  orgCode: string;
};

/** The operator running a CLI command: acts as admin of the prefecture; audited as `cli`. */
export const CLI_ACTOR: Actor = {
  userId: null,
  login: 'cli',
  displayName: '運用コマンド',
  role: 'admin',
  orgCode: '340006',
};

/** Throws 401 when nobody is signed in. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw errors.unauthenticated();
  return actor;
}

/** Throws 401 without a session and 403 unless the actor has one of `roles`. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const a = requireActor(actor);
  if (!roles.includes(a.role)) throw errors.forbidden();
  return a;
}
