import { type Allowance, computeAllowance } from '../../../domain/allowance.ts';
import { certificationOf } from '../../../domain/certifications.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { CAREER_STAGES } from '../../../domain/skills/targets.ts';
import { formatWareki } from '../../../domain/wareki.ts';
import type { SheetSummary } from '../skills/compute-sheet-summary.ts';
import { type PersonRelation, seesPersonalData } from './person-access.ts';
import type { AssignmentInfo, CertificationRow, PersonDetails, PersonRow } from './person-details.ts';
import { CATEGORY_LABELS, HIRING_ROUTE_LABELS, STATUS_LABELS } from './talent.labels.ts';

const orgRef = (code: string, names: Map<string, string>) => ({ code, name: names.get(code) ?? code });

const jobTypeRef = (code: string) => ({ code, name: jobTypeOf(code)?.name ?? code });

/** A certification with the exam's name and the pass date in 和暦. */
export function presentCertification(c: CertificationRow) {
  return {
    code: c.code,
    name: certificationOf(c.code)?.name ?? c.code,
    passedOn: c.passedOn,
    passedOnLabel: formatWareki(c.passedOn),
  };
}

/** An assignment with its post and body, 年度 in 和暦. */
export function presentAssignment(a: AssignmentInfo, names: Map<string, string>) {
  return {
    id: a.assignmentId,
    postId: a.postId,
    postTitle: a.postTitle,
    unit: a.unit,
    org: orgRef(a.orgCode, names),
    fte: a.fte,
    startFiscalYear: a.startFiscalYear,
    endFiscalYear: a.endFiscalYear,
    period: `${formatFiscalYear(a.startFiscalYear)}〜${a.endFiscalYear === null ? '' : formatFiscalYear(a.endFiscalYear)}`,
    status: a.status,
  };
}

/** 初任給調整手当 as shown to the person and talent officers: dates also in 和暦. */
export function presentAllowance(a: Allowance) {
  if (!a.eligible) {
    return {
      eligible: false,
      monthlyYen: null,
      start: null,
      end: null,
      period: null,
      qualifyingExam: null,
      reason: a.reason,
    };
  }
  return {
    eligible: true,
    monthlyYen: a.monthlyYen,
    start: a.start,
    end: a.end,
    period: `${formatWareki(a.start)}〜${formatWareki(a.end)}`,
    qualifyingExam: {
      code: a.qualifyingExam,
      name: certificationOf(a.qualifyingExam)?.name ?? a.qualifyingExam,
    },
    reason: null,
  };
}

/** The allowance of a person from their row and certifications. */
export function allowanceOf(p: PersonRow, certifications: CertificationRow[]): Allowance {
  return computeAllowance({ category: p.category, hiredOn: p.hiredOn, certifications });
}

/**
 * A person as the actor may see them. Personal data — allowance, location preferences, home body,
 * career goal — only for the person themselves and program-wide roles; of the linked account, only
 * its login.
 */
export function presentPerson(p: PersonRow, details: PersonDetails, relation: PersonRelation) {
  const names = details.orgNames;
  const certifications = details.certifications.get(p.id) ?? [];
  const base = {
    id: p.id,
    version: p.version,
    employeeNo: p.employeeNo,
    name: p.name,
    kana: p.kana,
    employer: orgRef(p.employerOrgCode, names),
    category: p.category,
    categoryLabel: CATEGORY_LABELS[p.category],
    hiringRoute: p.hiringRoute,
    hiringRouteLabel: HIRING_ROUTE_LABELS[p.hiringRoute],
    hiringFiscalYear: p.hiringFiscalYear,
    hiringFiscalYearLabel: formatFiscalYear(p.hiringFiscalYear),
    hiredOn: p.hiredOn,
    hiredOnLabel: formatWareki(p.hiredOn),
    grade: p.grade,
    primaryJobType: jobTypeRef(p.primaryJobType),
    secondaryJobType: p.secondaryJobType ? jobTypeRef(p.secondaryJobType) : null,
    certifications: certifications.map(presentCertification),
    status: p.status,
    statusLabel: STATUS_LABELS[p.status],
    account: p.userId && details.logins.has(p.id) ? { login: details.logins.get(p.id)! } : null,
    assignments: (details.assignments.get(p.id) ?? []).map((a) => presentAssignment(a, names)),
  };
  if (!seesPersonalData(relation)) return base;
  return {
    ...base,
    locationPreferences: (details.preferences.get(p.id) ?? []).map((code, i) => ({
      rank: i + 1,
      ...orgRef(code, names),
    })),
    homeOrg: p.homeOrgCode ? orgRef(p.homeOrgCode, names) : null,
    careerGoal: p.careerGoal,
    allowance: presentAllowance(allowanceOf(p, certifications)),
  };
}

/** Skill-sheet achievement per 年度 (computed by the skills feature), labelled for the career page. */
export function presentSkillHistory(summaries: Map<string, SheetSummary[]>, personId: string) {
  return (summaries.get(personId) ?? []).map((s) => ({
    fiscalYear: s.fiscalYear,
    fiscalYearLabel: formatFiscalYear(s.fiscalYear),
    jobType: jobTypeRef(s.jobType),
    careerStage: {
      code: s.careerStage,
      name: CAREER_STAGES.find((c) => c.code === s.careerStage)?.name ?? s.careerStage,
    },
    status: s.status,
    achievementPercent: s.achievementPercent,
    gapCount: s.gapCount,
  }));
}
