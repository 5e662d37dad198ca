import { eq } from 'drizzle-orm';
import { orgs, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, errors } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/password.ts';
import { auditableUser } from './users.presenter.ts';
import type { CreateUserInput } from './users.schema.ts';

/**
 * Creates an account in a known body; the login must be new. Audited without the password hash.
 * `isDemo` marks the demo data's accounts (their password is published).
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: CreateUserInput & { isDemo?: boolean },
  requestId?: string,
) {
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, input.orgCode));
    if (!org)
      throw errors.validation([{ path: 'orgCode', message: 'この団体コードの団体は登録されていません' }]);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.login, input.login));
    if (existing)
      throw new AppError('LOGIN_TAKEN', 409, `ログインID「${input.login}」は既に使われています。`);
    const [created] = await tx
      .insert(users)
      .values({
        login: input.login,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        role: input.role,
        orgCode: input.orgCode,
        isDemo: input.isDemo ?? false,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'user.create', entityType: 'user', entityId: created.id, after: auditableUser(created) },
      requestId,
    );
    return created;
  });
}
