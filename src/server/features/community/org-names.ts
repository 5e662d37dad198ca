import { inArray } from 'drizzle-orm';
import { orgs } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { errors, type FieldIssue } from '../../platform/errors.ts';

/**
 * The names of the bodies that `refs` point at (path → code), or a 400 listing every code that is
 * valid in form but not one of our 24 bodies.
 */
export async function resolveOrgNames(
  db: Db,
  refs: { path: string; code: string }[],
): Promise<Map<string, string>> {
  const codes = [...new Set(refs.map((r) => r.code))];
  const found =
    codes.length === 0
      ? []
      : await db.select({ code: orgs.code, name: orgs.name }).from(orgs).where(inArray(orgs.code, codes));
  const names = new Map(found.map((o) => [o.code, o.name]));
  const issues: FieldIssue[] = refs
    .filter((r) => !names.has(r.code))
    .map((r) => ({ path: r.path, message: 'この団体コードの団体は登録されていません' }));
  if (issues.length > 0) throw errors.validation(issues);
  return names;
}
