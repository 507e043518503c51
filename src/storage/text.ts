/*
 * Which text both databases keep exactly. PostgreSQL refuses a NUL character (SQLite stores it,
 * so such a backup could not move to PostgreSQL), and a lone half of a UTF-16 surrogate pair
 * cannot be written as UTF-8, so it would read back altered. One rule, applied to every string a
 * request brings (validation.ts), to every imported entry and to every row of a backup on restore.
 */

// In unicode mode a surrogate pair is one code point, so this matches only a NUL or a lone half.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the NUL is the point.
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;

/** True when both databases store `text` exactly: no NUL, no lone surrogate. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * The dotted path (`entries.3.text`) of the first string in `value` that is not storable; for a
 * key, the path of the object holding it (so the bad text is never echoed as a field name); `''`
 * for `value` itself; null when all is well.
 */
export function unstorableAt(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    if (!isStorableText(key)) return path;
    const at = path ? `${path}.${key}` : key;
    const found = unstorableAt(child, at);
    if (found !== null) return found;
  }
  return null;
}
