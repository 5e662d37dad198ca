import { formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { jobTypeOf } from '../../../domain/job-types.ts';
import { CAREER_STAGES } from '../../../domain/skills/targets.ts';
import type { EvidenceRow, SheetView } from './load-sheet-views.ts';

/** One piece of evidence. */
export function presentEvidence(e: EvidenceRow) {
  return { id: e.id, itemCode: e.itemCode, kind: e.kind, reference: e.reference, description: e.description };
}

/** A デジタルスキルシート with every item's levels, target and gap. Only for those who see evaluations. */
export function presentSheet(v: SheetView) {
  const { sheet, computation } = v;
  return {
    id: sheet.id,
    version: sheet.version,
    personId: sheet.personId,
    fiscalYear: sheet.fiscalYear,
    fiscalYearLabel: formatFiscalYear(sheet.fiscalYear),
    jobType: { code: computation.jobType, name: jobTypeOf(computation.jobType)?.name ?? '' },
    careerStage: {
      code: computation.careerStage,
      name: CAREER_STAGES.find((s) => s.code === computation.careerStage)?.name ?? '',
    },
    status: sheet.status,
    evaluatedBy: v.evaluator,
    evaluatedAt: sheet.evaluatedAt?.toISOString() ?? null,
    updatedAt: sheet.updatedAt.toISOString(),
    achievementPercent: computation.achievementPercent,
    items: computation.items,
    evidence: v.evidence.map(presentEvidence),
  };
}
