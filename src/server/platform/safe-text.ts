/**
 * Text the system refuses at its edge: NUL (U+0000), which PostgreSQL cannot store in `text` or
 * `jsonb`, and lone surrogates (half of a UTF-16 pair), which are not Unicode and would be stored as
 * U+FFFD without a word. Everything else — right-to-left marks, zero-width joiners, emoji — is legal
 * text and is kept as given.
 */

// With the `u` flag a surrogate pair is one code point, so \p{Cs} matches only an unpaired half.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this finds
const UNSAFE_TEXT = /[\u0000\p{Cs}]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this finds
const UNSAFE_TEXT_ALL = /[\u0000\p{Cs}]/gu;

/** The message of an issue about unsafe text (Japanese, for people). */
export const UNSAFE_TEXT_MESSAGE = '使用できない文字（NUL 文字または不正な Unicode 文字）が含まれています';

/** Whether `text` holds NUL or a lone surrogate. */
export function isUnsafeText(text: string): boolean {
  return UNSAFE_TEXT.test(text);
}

/** `text` with each NUL and lone surrogate replaced by U+FFFD, for showing back what was refused. */
export function withoutUnsafeText(text: string): string {
  return text.replace(UNSAFE_TEXT_ALL, '\uFFFD');
}

/** Deeper JSON than any of the API's inputs, refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 32;

/** The message of an issue about JSON nested deeper than {@link MAX_JSON_DEPTH}. */
export const TOO_DEEP_MESSAGE = `入れ子が深すぎます（${MAX_JSON_DEPTH}段まで）`;

/**
 * The first problem of a parsed JSON value, as the issue to report: a string (value or object key)
 * holding unsafe text, at its dotted path (`items.0.name`), or nesting deeper than
 * {@link MAX_JSON_DEPTH}. Walks without recursion, so no input can exhaust the stack.
 */
export function jsonTextIssue(value: unknown): { path: string; message: string } | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: current, path, depth } = next;
    if (typeof current === 'string') {
      if (isUnsafeText(current)) return { path, message: UNSAFE_TEXT_MESSAGE };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { path, message: TOO_DEEP_MESSAGE };
    const entries: [string | number, unknown][] = Array.isArray(current)
      ? current.map((v, i) => [i, v])
      : Object.entries(current);
    // Pushed in reverse so that the first offending field in document order is reported.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      if (typeof key === 'string' && isUnsafeText(key)) {
        return { path: join(path, withoutUnsafeText(key)), message: UNSAFE_TEXT_MESSAGE };
      }
      pending.push({ value: inner, path: join(path, key), depth: depth + 1 });
    }
  }
  return undefined;
}
