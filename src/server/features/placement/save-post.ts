import { eq } from 'drizzle-orm';
import { orgs, posts } from '../../../db/schema/index.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import type { Actor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { ANY_VERSION, assertVersion, type ExpectedVersion, nextVersion } from '../../platform/concurrency.ts';
import type { Db } from '../../platform/db.ts';
import { errors } from '../../platform/errors.ts';
import { assertBodyAccess } from '../../platform/scope.ts';
import type { PostInput } from './placement.schema.ts';

async function checkReferences(tx: Db, input: PostInput) {
  const [org] = await tx.select({ code: orgs.code }).from(orgs).where(eq(orgs.code, input.orgCode));
  const issues = [];
  if (!org) issues.push({ path: 'orgCode', message: 'この団体コードの団体は登録されていません' });
  if (input.wantedJobType && !jobTypeOf(input.wantedJobType))
    issues.push({ path: 'wantedJobType', message: 'ジョブタイプが正しくありません' });
  if (issues.length) throw errors.validation(issues);
}

/** Creates a post for a body; a municipal manager only for their own body. Audited. */
export async function createPost(db: Db, actor: Actor, input: PostInput, requestId?: string) {
  assertBodyAccess(actor, input.orgCode, '団体');
  return db.transaction(async (tx) => {
    await checkReferences(tx, input);
    const [row] = await tx.insert(posts).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await writeAudit(
      tx,
      actor,
      { action: 'post.create', entityType: 'post', entityId: row.id, after: row },
      requestId,
    );
    return row;
  });
}

/**
 * Replaces a post's fields; the post and its new body must both be the actor's to edit; 412 when it
 * changed since the version the client expects. Audited.
 */
export async function updatePost(
  db: Db,
  actor: Actor,
  id: string,
  input: PostInput,
  requestId?: string,
  expected: ExpectedVersion = ANY_VERSION,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(posts).where(eq(posts.id, id)).for('update');
    if (!before) throw errors.notFound('ポスト');
    assertBodyAccess(actor, before.orgCode, 'ポスト');
    assertVersion(before.version, expected);
    assertBodyAccess(actor, input.orgCode, '団体');
    await checkReferences(tx, input);
    const [after] = await tx
      .update(posts)
      .set({ ...input, version: nextVersion(posts.version) })
      .where(eq(posts.id, id))
      .returning();
    await writeAudit(
      tx,
      actor,
      { action: 'post.update', entityType: 'post', entityId: id, before, after },
      requestId,
    );
    return after;
  });
}
