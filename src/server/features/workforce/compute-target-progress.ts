import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { assignments, people, posts } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import type { Db } from '../../platform/db.ts';
import { listTargets, type TargetRow } from './targets.ts';

type Placed = { personId: string; primary: string; secondary: string | null };

/**
 * The target in force for a body in a 年度: its first target 年度 from then on (what it is working
 * towards), or else its latest one.
 */
function targetYearFor(years: number[], fiscalYear: number): number {
  const ahead = years.filter((y) => y >= fiscalYear);
  return ahead.length > 0 ? Math.min(...ahead) : Math.max(...years);
}

/**
 * People matched to roles: each placed person fills one seat of a role of their primary job type,
 * else of their secondary one; the rest are counted apart. Greedy, in a fixed order, so the same data
 * gives the same answer.
 */
function fillRoles(roles: TargetRow[], placed: Placed[]): { actual: Map<string, number>; other: number } {
  const actual = new Map(roles.map((r) => [r.id, 0]));
  const seatsLeft = (r: TargetRow) => r.count - (actual.get(r.id) ?? 0);
  const unplaced: Placed[] = [];
  for (const p of placed) {
    const role = roles.find((r) => r.jobType === p.primary && seatsLeft(r) > 0);
    if (role) actual.set(role.id, (actual.get(role.id) ?? 0) + 1);
    else unplaced.push(p);
  }
  let other = 0;
  for (const p of unplaced) {
    const role = roles.find((r) => p.secondary !== null && r.jobType === p.secondary && seatsLeft(r) > 0);
    if (role) actual.set(role.id, (actual.get(role.id) ?? 0) + 1);
    else other++;
  }
  return { actual, other };
}

/**
 * 目指す組織体制 against what each body has (p.18): for every body with a target, the target in force
 * in `fiscalYear` role by role, and the 共通人材 placed at the body that 年度 (actual assignments
 * spanning it) filling those roles by job type. 行政職 are outside the pool: their actual is not counted.
 */
export async function computeTargetProgress(db: Db, fiscalYear: number) {
  const [targets, placedRows] = await Promise.all([
    listTargets(db),
    db
      .selectDistinct({
        orgCode: posts.orgCode,
        personId: people.id,
        primary: people.primaryJobType,
        secondary: people.secondaryJobType,
      })
      .from(assignments)
      .innerJoin(posts, eq(posts.id, assignments.postId))
      .innerJoin(people, eq(people.id, assignments.personId))
      .where(
        and(
          eq(assignments.status, 'actual'),
          lte(assignments.startFiscalYear, fiscalYear),
          or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fiscalYear)),
        ),
      )
      .orderBy(posts.orgCode, people.id),
  ]);
  const byBody = new Map<string, TargetRow[]>();
  for (const t of targets) byBody.set(t.orgCode, [...(byBody.get(t.orgCode) ?? []), t]);
  const bodies = [...byBody.entries()].map(([orgCode, rows]) => {
    const year = targetYearFor(
      rows.map((r) => r.targetFiscalYear),
      fiscalYear,
    );
    const inForce = rows.filter((r) => r.targetFiscalYear === year);
    const it = inForce.filter((r) => r.staffKind === 'it');
    const placed = placedRows.filter((p) => p.orgCode === orgCode);
    const { actual, other } = fillRoles(it, placed);
    const sum = (list: TargetRow[]) => list.reduce((s, r) => s + r.count, 0);
    return {
      orgCode,
      orgName: inForce[0]?.orgName ?? orgCode,
      targetFiscalYear: year,
      targetLabel: formatFiscalYear(year),
      rows: inForce.map((r) => {
        const got = r.staffKind === 'it' ? (actual.get(r.id) ?? 0) : null;
        return {
          targetId: r.id,
          roleName: r.roleName,
          staffKind: r.staffKind,
          jobType: r.jobType,
          jobTypeName: r.jobType ? (jobTypeOf(r.jobType)?.name ?? r.jobType) : null,
          target: r.count,
          actual: got,
          gap: got === null ? null : got - r.count,
        };
      }),
      otherPlaced: other,
      totals: {
        itTarget: sum(it),
        itActual: placed.length,
        administrativeTarget: sum(inForce.filter((r) => r.staffKind === 'administrative')),
        target: sum(inForce),
      },
    };
  });
  return {
    fiscalYear,
    label: formatFiscalYear(fiscalYear),
    bodies,
    assumptions: [
      `目標：各団体の、${formatFiscalYear(fiscalYear)}以降で最初の目標年度の目指す組織体制（なければ最新のもの）。`,
      `実績：${formatFiscalYear(fiscalYear)}にその団体のポストに配属されている共通人材（配属の実績）を、主たるジョブタイプ、合わなければ副のジョブタイプで役割に当てはめて数えます。どの役割にも当たらない人は「その他」に数えます。`,
      '行政職は人材プールの対象外のため、実績は数えません。',
    ],
  };
}
