// Tracks BuildKit cache/contenthash/checksum.go getFollowLinksCallback: symlink resolution scoped to the context root.
import { isAbs, join } from './go-path.ts';
import type { ContextEntry } from './types.ts';

/** Where a path leads: the final relative path ("" = root) and its entry (undefined when missing), or an error. */
export type Resolved =
  | { readonly ok: true; readonly path: string; readonly entry: ContextEntry | undefined; readonly via: readonly string[] }
  | { readonly ok: false; readonly error: string };

const MAX_SYMLINKS = 255;

/** Relative form of an absolute clean path ("/a/b" → "a/b", "/" → ""). */
export function relPath(abs: string): string {
  return abs === '/' ? '' : abs.replace(/^\//, '');
}

/**
 * Resolves `path` (relative or absolute, inside the root) following symlinks in every component, and in the
 * last one only when `followTrailing`. Absolute targets restart at the context root and `..` never climbs
 * above it, as BuildKit resolves links inside a snapshot. `via` lists the symlinks followed.
 */
export function resolvePath(entries: ReadonlyMap<string, ContextEntry>, path: string, followTrailing: boolean): Resolved {
  const start = relPath(join('/', path));
  const direct = start === '' ? undefined : entries.get(start);
  if (start === '' || (direct !== undefined && (!followTrailing || direct.kind !== 'symlink'))) {
    return { ok: true, path: start, entry: direct, via: [] };
  }
  let current = '/';
  let remaining = start;
  let links = 0;
  const via: string[] = [];
  while (remaining !== '') {
    const slash = remaining.indexOf('/');
    const part = slash === -1 ? remaining : remaining.slice(0, slash);
    remaining = slash === -1 ? '' : remaining.slice(slash + 1);
    const next = join('/', current, part);
    const entry = next === '/' ? undefined : entries.get(relPath(next));
    if (entry === undefined || entry.kind !== 'symlink' || (!followTrailing && remaining === '')) {
      current = next;
      continue;
    }
    if (++links > MAX_SYMLINKS) return { ok: false, error: 'too many links' };
    via.push(relPath(next));
    remaining = entry.target + '/' + remaining;
    if (isAbs(entry.target)) current = '/';
  }
  const final = relPath(current);
  return { ok: true, path: final, entry: final === '' ? undefined : entries.get(final), via };
}
