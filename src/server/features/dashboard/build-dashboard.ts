import { asc, count } from 'drizzle-orm';
import { orgParticipation, orgs } from '../../../db/schema/index.ts';
import { BODY_LOCATIONS } from '../../../domain/body-locations.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { RECRUITMENT_ROUTES } from '../../../domain/recruitment.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { Db } from '../../platform/db.ts';
import { listCommitments } from '../community/list-commitments.ts';
import { todayInJapan } from '../community/today.ts';
import { summariseParticipation } from '../literacy/summarise-participation.ts';
import { summarisePlacement } from '../placement/summarise-placement.ts';
import { ratioTable } from '../recruitment/compute-ratios.ts';
import { examYears, listExams } from '../recruitment/list-exams.ts';
import { hiringYearLabel } from '../recruitment/recruitment.presenter.ts';
import { peopleInYear, postCounts } from './people-counts.ts';

/** How many 年度 of placement history the dashboard shows, ending with the chosen one. */
const PLACEMENT_YEARS = 3;

/** The map's caption: what it is and what it is not. */
export const MAP_NOTE =
  '模式図：各市町の市役所・町役場のおおよその位置に配置した図です。地図データは使用しておらず、境界や距離は正確ではありません。';

async function placementHistory(db: Db, fiscalYear: number) {
  const years = Array.from({ length: PLACEMENT_YEARS }, (_, i) => fiscalYear - PLACEMENT_YEARS + 1 + i);
  return Promise.all(
    years.map(async (fy) => {
      const [summary, counts] = await Promise.all([summarisePlacement(db, fy), postCounts(db, fy)]);
      return {
        fiscalYear: fy,
        label: formatFiscalYear(fy),
        ...summary.totals,
        posts: counts.posts,
        filledPosts: counts.filled,
      };
    }),
  );
}

async function participationByYear(db: Db) {
  const rows = await db
    .select({ fiscalYear: orgParticipation.fiscalYear, n: count() })
    .from(orgParticipation)
    .groupBy(orgParticipation.fiscalYear)
    .orderBy(asc(orgParticipation.fiscalYear));
  return rows.map((r) => ({
    fiscalYear: r.fiscalYear,
    label: formatFiscalYear(r.fiscalYear),
    municipalities: Number(r.n),
  }));
}

/** Every body at its approximate office location, with the people assigned there in the 年度 (p.20 rows). */
async function mapBodies(db: Db, fiscalYear: number) {
  const [bodies, summary, participating] = await Promise.all([
    db.select({ code: orgs.code, name: orgs.name, type: orgs.type }).from(orgs).orderBy(asc(orgs.code)),
    summarisePlacement(db, fiscalYear),
    db.select().from(orgParticipation),
  ]);
  const rows = new Map([...summary.municipalities, summary.prefecture].map((r) => [r.orgCode, r]));
  return bodies.map((b) => {
    const r = rows.get(b.code);
    const location = BODY_LOCATIONS[b.code] ?? { lat: 0, lon: 0 };
    const prefFte = r?.prefFte ?? 0;
    const municipalCount = r?.municipalCount ?? 0;
    return {
      orgCode: b.code,
      orgName: b.name,
      type: b.type,
      lat: location.lat,
      lon: location.lon,
      participates: participating.some((p) => p.orgCode === b.code && p.fiscalYear === fiscalYear),
      prefFte,
      municipalCount,
      assigned: Math.round((prefFte + municipalCount) * 100) / 100,
      midYear: r?.midYear ?? false,
    };
  });
}

async function recruitmentTrend(db: Db) {
  const exams = await listExams(db);
  const years = examYears(exams).filter((fy) =>
    exams.some((e) => e.fiscalYear === fy && e.applicants !== null),
  );
  const ratios = ratioTable(exams);
  return {
    years: years.map((fiscalYear) => ({ fiscalYear, label: hiringYearLabel(fiscalYear) })),
    applicants: RECRUITMENT_ROUTES.map((r) => ({
      route: r.code,
      name: r.short,
      values: years.map(
        (fy) => exams.find((e) => e.route === r.code && e.fiscalYear === fy)?.applicants ?? null,
      ),
    })),
    ratios: ratios.routes.map((r) => ({
      route: r.route,
      name: r.name,
      values: years.map((fy) => r.items.find((i) => i.fiscalYear === fy)?.ratio ?? null),
    })),
  };
}

async function commitmentSummary(db: Db) {
  const today = todayInJapan();
  const open = await listCommitments(db, { status: 'open' });
  return {
    open: open.length,
    overdue: open.filter((c) => c.dueOn < today).length,
    nextDue: open.slice(0, 5).map((c) => ({
      id: c.id,
      title: c.title,
      ownerOrgName: c.ownerOrgName,
      dueOn: c.dueOn,
      dueOnLabel: formatWareki(c.dueOn),
      overdue: c.dueOn < today,
      meetingId: c.meetingId,
    })),
  };
}

/** Training participation of the 年度, or of the one before when this one has no records yet. */
async function literacyFigures(db: Db, fiscalYear: number) {
  const current = await summariseParticipation(db, fiscalYear);
  const shown = current.courses.length > 0 ? current : await summariseParticipation(db, fiscalYear - 1);
  return {
    fiscalYear: shown.fiscalYear,
    label: shown.label,
    courses: shown.courses.map((c) => ({ name: c.name, bodies: c.bodies, participants: c.participants })),
    totals: shown.totals,
  };
}

/**
 * The program dashboard for a 年度: bodies taking part per 年度, people and posts, assignments per body
 * for the schematic map (from summarisePlacement), the recruitment trend, open commitments and training
 * participation, and where the skill distribution by job type is (GET /api/skills/distribution). Aggregates only — no names.
 */
export async function buildDashboard(db: Db, fiscalYear: number) {
  const [participation, placement, people, map, recruitment, commitments, literacy] = await Promise.all([
    participationByYear(db),
    placementHistory(db, fiscalYear),
    peopleInYear(db, fiscalYear),
    mapBodies(db, fiscalYear),
    recruitmentTrend(db),
    commitmentSummary(db),
    literacyFigures(db, fiscalYear),
  ]);
  return {
    fiscalYear,
    label: formatFiscalYear(fiscalYear),
    participation,
    placement,
    people,
    map: { schematic: true as const, note: MAP_NOTE, bodies: map },
    recruitment,
    // The skill distribution is the skills feature's (SKL): linked, not recomputed here.
    skills: { distributionHref: `/api/skills/distribution?fiscalYear=${fiscalYear}` },
    commitments,
    literacy,
  };
}
