import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { assignments, orgs, people, posts } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';

export type BodyPlacementRow = {
  orgCode: string;
  orgName: string;
  /** 共通人材（県情報職等）: FTE of prefecture-employed people (県情報職, 任期付) at the body's posts. */
  prefFte: number;
  /** 共通人材（市町情報職相当）: municipal staff registered as 共通人材, placed at the body's posts. */
  municipalCount: number;
  /** A placement that starts after April of the 年度 (年度中途). */
  midYear: boolean;
  /** For the prefecture's row: the bodies that employ the municipal staff placed there. */
  municipalEmployers: string[];
};

export type PlacementSummary = {
  fiscalYear: number;
  municipalities: BodyPlacementRow[];
  prefecture: BodyPlacementRow;
  totals: {
    municipalityCount: number;
    municipalPrefFte: number;
    municipalCount: number;
    prefFte: number;
    municipalTotal: number;
  };
};

/**
 * The table of p.20 for any 年度, computed from actual assignments spanning it: per 市町 the FTE of
 * 県情報職等 and the number of 市町情報職相当, the prefecture's row, and the totals (R6: 15市町15名,
 * 6名; 県 15名 + 2名; 合計 30名, 8名).
 */
export async function summarisePlacement(db: Db, fiscalYear: number): Promise<PlacementSummary> {
  const rows = await db
    .select({
      orgCode: posts.orgCode,
      orgName: orgs.name,
      orgType: orgs.type,
      fte: assignments.fte,
      startDate: assignments.startDate,
      category: people.category,
      employerOrgCode: people.employerOrgCode,
      personId: people.id,
    })
    .from(assignments)
    .innerJoin(posts, eq(posts.id, assignments.postId))
    .innerJoin(orgs, eq(orgs.code, posts.orgCode))
    .innerJoin(people, eq(people.id, assignments.personId))
    .where(
      and(
        eq(assignments.status, 'actual'),
        lte(assignments.startFiscalYear, fiscalYear),
        or(isNull(assignments.endFiscalYear), gte(assignments.endFiscalYear, fiscalYear)),
      ),
    )
    .orderBy(asc(posts.orgCode));

  const byBody = new Map<string, BodyPlacementRow & { municipalPeople: Set<string> }>();
  for (const r of rows) {
    const row = byBody.get(r.orgCode) ?? {
      orgCode: r.orgCode,
      orgName: r.orgName,
      prefFte: 0,
      municipalCount: 0,
      midYear: false,
      municipalEmployers: [],
      municipalPeople: new Set<string>(),
    };
    if (r.category === 'municipal_registered') {
      row.municipalPeople.add(r.personId);
      if (!row.municipalEmployers.includes(r.employerOrgCode)) row.municipalEmployers.push(r.employerOrgCode);
    } else {
      row.prefFte = Math.round((row.prefFte + r.fte) * 100) / 100;
    }
    // 年度中途: starts later than the 年度's first month.
    if (r.startDate && r.startDate > `${fiscalYear}-04-30`) row.midYear = true;
    byBody.set(r.orgCode, row);
  }
  const employerNames = new Map(
    (await db.select({ code: orgs.code, name: orgs.name }).from(orgs)).map((o) => [o.code, o.name]),
  );
  const finish = ({
    municipalPeople,
    ...row
  }: BodyPlacementRow & { municipalPeople: Set<string> }): BodyPlacementRow => ({
    ...row,
    municipalCount: municipalPeople.size,
    municipalEmployers: row.municipalEmployers.map((c) => employerNames.get(c) ?? c),
  });
  const prefCode = rows.find((r) => r.orgType === '県')?.orgCode;
  const municipalities = [...byBody.values()].filter((r) => r.orgCode !== prefCode).map(finish);
  const prefRaw = prefCode ? byBody.get(prefCode) : undefined;
  const prefecture = prefRaw
    ? finish(prefRaw)
    : {
        orgCode: '',
        orgName: '広島県',
        prefFte: 0,
        municipalCount: 0,
        midYear: false,
        municipalEmployers: [],
      };
  const municipalPrefFte = Math.round(municipalities.reduce((s, r) => s + r.prefFte, 0) * 100) / 100;
  const municipalCount = municipalities.reduce((s, r) => s + r.municipalCount, 0);
  return {
    fiscalYear,
    municipalities,
    prefecture,
    totals: {
      municipalityCount: municipalities.filter((r) => r.prefFte > 0).length,
      municipalPrefFte,
      municipalCount,
      prefFte: Math.round((municipalPrefFte + prefecture.prefFte) * 100) / 100,
      municipalTotal: municipalCount + prefecture.municipalCount,
    },
  };
}
