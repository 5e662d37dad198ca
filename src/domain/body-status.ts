/**
 * One name for a body's place in the talent share, on every page: the prefecture runs it (運営), a
 * 市町 takes part (参画) or not (不参画) in a 年度.
 *
 * Pure module: no imports.
 */

/** The words of {@link bodyStatusLabel}. */
export type BodyStatus = '運営' | '参画' | '不参画';

/** 運営 for the prefecture (広島県), else 参画 or 不参画 for the 年度 in question. */
export function bodyStatusLabel(body: { type: string }, participates: boolean): BodyStatus {
  if (body.type === '県') return '運営';
  return participates ? '参画' : '不参画';
}
