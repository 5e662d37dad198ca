/**
 * Where a document's text matched: ranges of the original text, for highlighting.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 */
import { normalise } from './normalise.ts';

/** A range `[start, end)` of UTF-16 units of the original text. */
export type TextRange = readonly [start: number, end: number];

/** A base character with the marks that follow it (a combining or half-width voiced mark composes with it). */
const CLUSTER = /[^\p{M}\uFF9E\uFF9F][\p{M}\uFF9E\uFF9F]*|[\p{M}\uFF9E\uFF9F]+/gsu;

/**
 * The ranges of `text` where one of `terms` (normalised, as the index's query terms are) occurs once
 * `text` is normalised, merged and in order. Text is normalised one character with its marks at a time,
 * so a range always covers whole characters of the original (㈱ or ｶﾞ included).
 */
export function highlightRanges(text: string, terms: readonly string[]): TextRange[] {
  const wanted = terms.filter((t) => t !== '');
  if (wanted.length === 0 || text === '') return [];
  let normalised = '';
  // For each unit of `normalised`, the original cluster it came from.
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const piece = normalise(match[0]);
    const start = match.index;
    for (let i = 0; i < piece.length; i++) {
      startOf.push(start);
      endOf.push(start + match[0].length);
    }
    normalised += piece;
  }
  const found: [number, number][] = [];
  for (const term of wanted) {
    for (let at = normalised.indexOf(term); at >= 0; at = normalised.indexOf(term, at + 1)) {
      found.push([startOf[at]!, endOf[at + term.length - 1]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * A window of at most `width` units of `text` around its first range (the whole text when it fits),
 * with the ranges moved into it and `…` where it was cut.
 */
export function snippet(
  text: string,
  ranges: readonly TextRange[],
  width = 80,
): { text: string; ranges: TextRange[] } {
  if (text.length <= width) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
  const to = Math.min(text.length, from + width);
  const lead = from > 0 ? '…' : '';
  const shifted = ranges
    .filter(([s, e]) => s < to && e > from)
    .map(
      ([s, e]): TextRange => [Math.max(s, from) - from + lead.length, Math.min(e, to) - from + lead.length],
    );
  return { text: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`, ranges: shifted };
}
