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

/**
 * The dotted path (`items.0.name`) of the first string — value or object key — holding unsafe text
 * anywhere in a parsed JSON value, or undefined when there is none.
 */
export function findUnsafeText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isUnsafeText(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const join = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], join(i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (isUnsafeText(key)) return join(withoutUnsafeText(key));
    const found = findUnsafeText(inner, join(key));
    if (found !== undefined) return found;
  }
  return undefined;
}
