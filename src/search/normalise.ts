/**
 * Text normalisation and query parsing for the Japanese substring index.
 *
 * Pure module: no imports outside src/search, no npm dependencies.
 *
 * Matching is defined on normalised text: a document matches a term iff one of its fields, normalised,
 * contains the normalised term as a substring (UTF-16 code units, exactly `String.prototype.includes`).
 * Normalisation is Unicode NFKC followed by `toLowerCase()` (locale-independent), so:
 * - full-width and half-width forms meet: `ＡＢＣ`/`abc`/`ABC`, `ｶﾀｶﾅ`/`カタカナ`, `ｶﾞ`/`ガ`, `１２３`/`123`;
 *   the ideographic space U+3000 becomes a space;
 * - compatibility characters expand: `①` → `1`, `㈱` → `(株)`, `㍻` → `平成`;
 * then {@link foldVariants}, one UTF-16 unit for one:
 * - ひらがな fold into カタカナ (`けんこう` and `ケンコウ` find each other);
 * - 異体字 fold into one form from published tables (`髙`→`高`, `﨑`→`崎`, `邊`→`辺`, `齋`→`斎`; see
 *   kanji-variants.ts and docs/decisions/016-one-coherent-ui.md).
 * Long-vowel and dash look-alikes (`ー`, `−`, `-`) stay distinct.
 * U+0000 is removed: it is reserved as the separator between a document's fields in the stored text.
 */
import { KANJI_VARIANT_PAIRS } from './kanji-variants.ts';

/** Separator between a document's fields in the stored text; {@link normalise} removes it everywhere. */
export const FIELD_SEPARATOR = '\u0000';

/**
 * Normalises text for matching: U+0000 removed, then NFKC, then lower case, then {@link foldVariants}.
 * Idempotent for all practical input; always applied to both documents and queries.
 */
export function normalise(text: string): string {
  const cleaned = text.includes(FIELD_SEPARATOR) ? text.replaceAll(FIELD_SEPARATOR, '') : text;
  return foldVariants(cleaned.normalize('NFKC').toLowerCase());
}

/** Per UTF-16 unit, the unit it folds into, or 0 when it stays. */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  // ぁ (U+3041) … ゖ (U+3096) → ァ (U+30A1) … ヶ (U+30F6); ゝゞ → ヽヾ.
  for (let c = 0x3041; c <= 0x3096; c++) table[c] = c + 0x60;
  table[0x309d] = 0x30fd;
  table[0x309e] = 0x30fe;
  for (let i = 0; i + 1 < KANJI_VARIANT_PAIRS.length; i += 2) {
    table[KANJI_VARIANT_PAIRS.charCodeAt(i)] = KANJI_VARIANT_PAIRS.charCodeAt(i + 1);
  }
  return table;
}

let scratch = new Uint16Array(256);
/** Units per String.fromCharCode call (its arguments go on the stack). */
const CHUNK = 8192;

/**
 * Folds ひらがな into カタカナ and 異体字 into one form, one UTF-16 unit for one (so a fold of a
 * substring is a substring of the fold, and positions do not move). Returns `text` itself when nothing
 * changes. Applied by {@link normalise} after NFKC and lower case, to documents and queries alike.
 */
export function foldVariants(text: string): string {
  let i = 0;
  while (i < text.length && FOLD[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    scratch[j] = FOLD[c] || c;
  }
  // String.fromCharCode keeps lone surrogates as they are (a TextDecoder would replace them with U+FFFD).
  let out = '';
  for (let from = 0; from < text.length; from += CHUNK) {
    out += String.fromCharCode(...scratch.subarray(from, Math.min(text.length, from + CHUNK)));
  }
  return out;
}

/**
 * Normalises each field and joins them with {@link FIELD_SEPARATOR}: the text the index holds. Since
 * no normalised term contains the separator, no match can span two fields.
 *
 * Computed as one normalisation of the joined fields, which is the same as normalising each field:
 * U+0000 is a stable code point for NFKC (it neither decomposes nor composes) and, being neither cased
 * nor case-ignorable, it ends the context of `toLowerCase`'s only contextual rule (final sigma).
 * Normalising once is about twice as fast for short fields.
 */
export function documentText(fields: readonly string[]): string {
  return normaliseJoined(joinFields(fields));
}

/**
 * The first half of {@link documentText}: the fields, each without U+0000, joined by
 * {@link FIELD_SEPARATOR}; not yet normalised (a build may normalise on another thread).
 */
export function joinFields(fields: readonly string[]): string {
  const cleaned = fields.map((field) =>
    field.includes(FIELD_SEPARATOR) ? field.replaceAll(FIELD_SEPARATOR, '') : field,
  );
  return cleaned.join(FIELD_SEPARATOR);
}

/** The second half of {@link documentText}: NFKC, lower case and {@link foldVariants} of {@link joinFields}' result. */
export function normaliseJoined(joined: string): string {
  return foldVariants(joined.normalize('NFKC').toLowerCase());
}

/** A run of white space: ASCII and Unicode spaces, including the ideographic space U+3000 (全角スペース). */
const WHITE_SPACE = /\s+/u;

/**
 * Splits a query into its terms: the raw query is split on white space (ASCII or 全角), each part
 * normalised; parts that normalise to nothing are dropped. A document matches the query iff it matches
 * every term (AND). The result is deduplicated, and a term contained in another term is dropped
 * (implied by it). An empty result means the query is empty: every document matches it.
 */
export function parseQuery(query: string): string[] {
  const unique = new Set<string>();
  for (const part of query.split(WHITE_SPACE)) {
    if (part === '') continue;
    const term = normalise(part);
    if (term !== '') unique.add(term);
  }
  const terms = [...unique].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const term of terms) {
    if (!kept.some((longer) => longer.includes(term))) kept.push(term);
  }
  return kept;
}
