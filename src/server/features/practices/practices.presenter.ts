import type { practiceAttachments, practices } from '../../../db/schema/index.ts';
import { formatFiscalYear } from '../../../domain/fiscal-year.ts';

/** An initiative with its body's name and counts of reuse, comments and attachments. */
export type PracticeRow = typeof practices.$inferSelect & {
  orgName: string;
  reuseCount: number;
  commentCount: number;
  attachmentCount: number;
};

export function presentPractice(p: PracticeRow) {
  return {
    id: p.id,
    orgCode: p.orgCode,
    orgName: p.orgName,
    title: p.title,
    category: p.category,
    fiscalYear: p.fiscalYear,
    fiscalYearLabel: formatFiscalYear(p.fiscalYear),
    themes: p.themes,
    funding: p.funding,
    status: p.status,
    summary: p.summary,
    outcome: p.outcome,
    contact: p.contact,
    reuseCount: p.reuseCount,
    commentCount: p.commentCount,
    attachmentCount: p.attachmentCount,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** An attachment's description (never its bytes). */
export function presentAttachment(a: Omit<typeof practiceAttachments.$inferSelect, 'data'>) {
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    uploadedBy: a.uploadedBy,
    createdAt: a.createdAt.toISOString(),
  };
}
