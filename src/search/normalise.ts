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
 * - katakana and hiragana are NOT folded (`ケンコウ` does not find `けんこう`), nor are 旧字体/新字体
 *   (`髙`/`高`), nor long-vowel and dash look-alikes (`ー`, `−`, `-` stay distinct). Folding them would
 *   make results surprising for names (vendors, products) and is not what 県・市町 staff expect of a
 *   substring search; see docs/decisions/003-japanese-search-index.md.
 * U+0000 is removed: it is reserved as the separator between a document's fields in the stored text.
 */

/** Separator between a document's fields in the stored text; {@link normalise} removes it everywhere. */
export const FIELD_SEPARATOR = '\u0000';

/**
 * Normalises text for matching: U+0000 removed, then NFKC, then lower case.
 * Idempotent for all practical input; always applied to both documents and queries.
 */
export function normalise(text: string): string {
  const cleaned = text.includes(FIELD_SEPARATOR) ? text.replaceAll(FIELD_SEPARATOR, '') : text;
  return cleaned.normalize('NFKC').toLowerCase();
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

/** The second half of {@link documentText}: NFKC, then lower case, of {@link joinFields}' result. */
export function normaliseJoined(joined: string): string {
  return joined.normalize('NFKC').toLowerCase();
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
