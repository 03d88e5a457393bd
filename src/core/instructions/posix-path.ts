/** Go's path.Clean and path.Join for slash-separated paths (Linux containers). */

/** path.Clean: the shortest equivalent path (no `.`, resolved `..`, single slashes). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (rooted) return `/${body}`;
  return body === '' ? '.' : body;
}

/** path.Join: joins the non-empty elements with slashes and cleans the result ("" when all are empty). */
export function joinPath(...parts: readonly string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : cleanPath(kept.join('/'));
}

/** Whether a path is absolute. */
export const isAbsPath = (p: string): boolean => p.startsWith('/');
