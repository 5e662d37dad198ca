import { asc } from 'drizzle-orm';
import { forumMembers } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

/** The members of the 県・市町CDOフォーラム in the order of p.24. */
export async function listForumMembers(db: Db) {
  return db.select().from(forumMembers).orderBy(asc(forumMembers.sortOrder));
}
