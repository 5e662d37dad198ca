/**
 * Queries widened by a dictionary of synonyms, and matched exactly term by term.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
import { normalise, parseQuery } from './normalise.ts';
import type { MatchOptions, SearchIndex } from './search-index.ts';

/**
 * The terms of `query` ({@link parseQuery}), each with its alternatives: the term itself, and when it
 * equals a word of a synonym group once normalised, every word of that group (normalised, without
 * repeats). 住基 with the group [住基, 住民基本台帳, 住民記録] becomes [住基, 住民基本台帳, 住民記録].
 */
export function expandQuery(query: string, groups: readonly (readonly string[])[]): string[][] {
  const normalisedGroups = groups.map((group) => group.map(normalise).filter((w) => w !== ''));
  return parseQuery(query).map((term) => {
    const alternatives = new Set([term]);
    for (const group of normalisedGroups) {
      if (group.includes(term)) for (const word of group) alternatives.add(word);
    }
    return [...alternatives];
  });
}

/** The increasing ids in `a` or `b` (both increasing). */
function union(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[k++] = a[i++]!;
    else if (i >= a.length || b[j]! < a[i]!) out[k++] = b[j++]!;
    else {
      out[k++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, k);
}

/** The increasing ids in both `a` and `b` (both increasing). */
function intersection(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (b[j]! < a[i]!) j++;
    else {
      out[k++] = a[i++]!;
      j++;
    }
  }
  return out.subarray(0, k);
}

/**
 * The ids matching every term of an expanded query ({@link expandQuery}), a term matching when any of
 * its alternatives does; increasing. Exact: each alternative is matched by the index as a query of its
 * own. The terms without alternatives are matched together in one query; no terms match every document.
 */
export function matchExpanded(
  index: SearchIndex,
  terms: readonly string[][],
  options: MatchOptions = {},
): Int32Array {
  const single = terms.filter((t) => t.length === 1).map((t) => t[0]!);
  let ids = index.matchIds(single.join(' '), options);
  for (const alternatives of terms) {
    if (alternatives.length === 1 || ids.length === 0) continue;
    let any: Int32Array = new Int32Array(0);
    for (const alternative of alternatives) any = union(any, index.matchIds(alternative, options));
    ids = intersection(ids, any);
  }
  return ids;
}
