/**
 * Japanese labels of the talent pool's codes (as the API's talent labels name them; the list
 * endpoints also return these labels, but a few responses carry only the code).
 */

/** 区分 (p.12, p.21). */
export const CATEGORY_LABELS: Record<string, string> = {
  pref_it: '県情報職',
  municipal_registered: '市町職員の共通人材登録',
  fixed_term_expert: '任期付高度経験者',
};

/** The label of a 区分 code (the code itself when unknown). */
export function categoryLabel(code: string): string {
  return CATEGORY_LABELS[code] ?? code;
}

/** 在籍状況. */
export const STATUS_LABELS: Record<string, string> = {
  active: '在籍',
  leave: '休職',
  retired: '退職',
};
