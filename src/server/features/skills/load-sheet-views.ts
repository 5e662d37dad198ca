import { asc, inArray } from 'drizzle-orm';
import { skillEvidence, users } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import { computeSheets, type SheetComputation, type SheetRow } from './compute-sheet-summary.ts';

export type EvidenceRow = typeof skillEvidence.$inferSelect;

/** Everything a sheet shows: the row, its computation, its evidence and who evaluated it. */
export type SheetView = {
  sheet: SheetRow;
  computation: SheetComputation;
  evidence: EvidenceRow[];
  evaluator: { id: string; displayName: string } | null;
};

/** Loads the views of many sheets in a fixed number of queries, in the order given. */
export async function loadSheetViews(db: Db, sheets: readonly SheetRow[]): Promise<SheetView[]> {
  if (sheets.length === 0) return [];
  const ids = sheets.map((s) => s.id);
  const evaluatorIds = [...new Set(sheets.flatMap((s) => (s.evaluatedBy ? [s.evaluatedBy] : [])))];
  const [computed, evidence, evaluators] = await Promise.all([
    computeSheets(db, sheets),
    db.select().from(skillEvidence).where(inArray(skillEvidence.sheetId, ids)).orderBy(asc(skillEvidence.id)),
    evaluatorIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, evaluatorIds)),
  ]);
  const evaluatorById = new Map(evaluators.map((u) => [u.id, u]));
  return computed.map(({ sheet, computation }) => ({
    sheet,
    computation,
    evidence: evidence.filter((e) => e.sheetId === sheet.id),
    evaluator: sheet.evaluatedBy ? (evaluatorById.get(sheet.evaluatedBy) ?? null) : null,
  }));
}

/** The view of one sheet. */
export async function loadSheetView(db: Db, sheet: SheetRow): Promise<SheetView> {
  const [view] = await loadSheetViews(db, [sheet]);
  if (!view) throw new Error('sheet view not loaded');
  return view;
}
