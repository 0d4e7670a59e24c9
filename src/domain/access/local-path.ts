const BASE = 'http://holdspace.invalid';

/**
 * The path to go to after signing in, only if it stays inside Holdspace; otherwise null. Browsers read
 * `/\evil.example`, `/\t/evil.example` and `/%2F%2Fevil.example` (after one decode) as other sites, so any
 * backslash, control character or encoded slash or backslash is refused outright rather than interpreted.
 */
export function localPathOrNull(next: string | null | undefined): string | null {
  if (!next || next.length > 2_000) return null;
  if (!next.startsWith('/') || next.startsWith('//')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return null;
  if (/%(2f|5c|09|0a|0d|00)/i.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
