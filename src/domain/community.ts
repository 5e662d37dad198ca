/**
 * The community (p.19, p.24, p.26): meeting kinds, commitment states and reported cases, with their
 * Japanese labels. Pure module.
 */

/** The three kinds of meeting, with the names officials use. */
export const MEETING_KIND_LABELS = Object.freeze({
  cdo_forum: '県・市町CDOフォーラム',
  acceleration_cycle: 'ひろしまDX加速サイクル',
  working_group: '担当者会議',
} as const);

/** A meeting kind code. */
export type MeetingKind = keyof typeof MEETING_KIND_LABELS;

/** Meeting kind codes in display order. */
export const MEETING_KINDS: readonly MeetingKind[] = ['cdo_forum', 'acceleration_cycle', 'working_group'];

/** States of a decision or commitment. */
export const COMMITMENT_STATUS_LABELS = Object.freeze({
  open: '対応中',
  done: '完了',
  cancelled: '取りやめ',
} as const);

/** A commitment state code. */
export type CommitmentStatus = keyof typeof COMMITMENT_STATUS_LABELS;

/** Kinds of case reported from the posts. */
export const CASE_KIND_LABELS = Object.freeze({
  good_case: '好事例',
  problem: '課題',
} as const);

/** A case kind code. */
export type CaseKind = keyof typeof CASE_KIND_LABELS;

/** Where a reported case stands, to its closure: 未対応 → 対応中 → 解決. */
export const CASE_STATUS_LABELS = Object.freeze({
  open: '未対応',
  in_progress: '対応中',
  resolved: '解決',
} as const);

/** A case state code. */
export type CaseStatus = keyof typeof CASE_STATUS_LABELS;

/** Case state codes in workflow order. */
export const CASE_STATUSES = ['open', 'in_progress', 'resolved'] as const satisfies readonly CaseStatus[];

/**
 * Whether an open commitment is overdue on `today` (both `YYYY-MM-DD`): due strictly before today.
 * Closed commitments (done, cancelled) are never overdue.
 */
export function isOverdue(status: CommitmentStatus, dueOn: string, today: string): boolean {
  return status === 'open' && dueOn < today;
}

/**
 * Who may close, reopen or re-date a commitment: the program office (admin) and the talent
 * organisation's officers, who run the meetings, and the DX manager of the body that owns it.
 */
export function mayUpdateCommitment(role: string, orgCode: string, ownerOrgCode: string): boolean {
  if (role === 'admin' || role === 'talent_officer') return true;
  return role === 'municipal_manager' && orgCode === ownerOrgCode;
}
