import { BODY_TYPES, type BodyType } from '../../../domain/roles.ts';
import type { Org } from './orgs-queries.ts';

/** The filters of the bodies page, kept in the URL (?type=町&q=えた). */
export type OrgFilter = { type: BodyType | null; text: string };

/** Reads the filter from the URL's search parameters, ignoring unknown values. */
export function readOrgFilter(params: URLSearchParams): OrgFilter {
  const type = params.get('type');
  return {
    type: BODY_TYPES.find((t) => t === type) ?? null,
    text: params.get('q') ?? '',
  };
}

/** Folds width, case and katakana to hiragana, so えたじま, エタジマ and ｴﾀｼﾞﾏ all match. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/\s+/g, '');
}

/** The bodies matching the filter: 区分, and text within the name, kana or romaji. */
export function filterOrgs(orgs: readonly Org[], filter: OrgFilter): Org[] {
  const needle = normalizeForSearch(filter.text);
  return orgs.filter(
    (org) =>
      (filter.type === null || org.type === filter.type) &&
      (needle === '' ||
        [org.name, org.kana, org.romaji].some((field) => normalizeForSearch(field).includes(needle))),
  );
}
