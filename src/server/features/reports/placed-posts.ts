import { and, asc, desc, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import { assignments, orgs, people, posts } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type PlacedPost = {
  orgCode: string;
  orgName: string;
  unit: string;
  title: string;
  duties: string[];
  fromFiscalYear: number;
  note: string;
};

/**
 * The table of p.13 for a 年度: the 市町 posts held that year by 県情報職等 共通人材 (actual assignments of
 * people other than municipal staff), newest posts first. No names: the report is for publication.
 */
export async function listPlacedPosts(db: Db, fiscalYear: number): Promise<PlacedPost[]> {
  const rows = await db
    .selectDistinct({
      id: posts.id,
      orgCode: posts.orgCode,
      orgName: orgs.name,
      unit: posts.unit,
      title: posts.title,
      duties: posts.duties,
      fromFiscalYear: posts.fromFiscalYear,
      note: posts.note,
    })
    .from(assignments)
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .innerJoin(orgs, eq(orgs.code, posts.orgCode))
    .innerJoin(people, eq(people.id, assignments.personId))
    .where(
      and(
        eq(assignments.status, 'actual'),
        ne(orgs.type, '県'),
        ne(people.category, 'municipal_registered'),
        lte(assignments.startFiscalYear, fiscalYear),
        or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fiscalYear)),
      ),
    )
    .orderBy(desc(posts.fromFiscalYear), asc(posts.orgCode), asc(posts.title));
  return rows.map(({ id: _id, duties, ...r }) => ({
    ...r,
    duties: duties
      .split(/[／\n]/)
      .map((d) => d.trim())
      .filter((d) => d.length > 0),
  }));
}
