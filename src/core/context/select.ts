// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go dispatchCopy (sources → llb.Copy with
// FollowSymlinks, CopyDirContentsOnly, AllowWildcard, AllowEmptyWildcard) and the copy's content checksum.
import { base, join } from './go-path.ts';
import { checksumSelector, containsWildcards, splitWildcards, type SelectorSpec } from './checksum.ts';
import { resolvePath } from './resolve.ts';
import { sha256Hash, type HashFn } from './hash.ts';
import { freshSnapshot, syncSnapshot, type Snapshot } from './snapshot.ts';
import { transferContext } from './transfer.ts';
import type { SelectionMode } from './digest.ts';
import type { DigestRecord } from './records.ts';
import type { BuildContext, IgnoreRules } from './types.ts';

/**
 * What one source reads from the context. `found`: an existing path (a directory means its contents);
 * `empty-wildcard`: a wildcard that matched nothing (allowed, copies nothing); `not-found`: BuildKit fails
 * with "not found" (missing, dangling link, or kept out by .dockerignore); `error`: another failure.
 * `opSource` is the base name BuildKit puts into the op digest instead of the path (so `config/app.yaml`
 * and `conf/app.yaml` with equal bytes are one cache key, `other/settings.yaml` is not).
 */
export interface SourceSelection {
  readonly source: string;
  readonly selector: SelectorSpec;
  readonly opSource: string;
  readonly status: 'found' | 'empty-wildcard' | 'not-found' | 'error';
  readonly error?: string;
  readonly paths: readonly string[];
  /** The records the source's checksum hashed (names relative to the source, or to the wildcard's prefix). */
  readonly records: readonly DigestRecord[];
}

/** The snapshot a build would hash with a fresh cache: the context sent through .dockerignore (and follow paths). */
export function snapshotOf(
  ctx: BuildContext,
  ignore: IgnoreRules,
  followPaths?: readonly string[],
  previous?: Snapshot,
  sendsEmptiedDirs = true,
): Snapshot | { readonly error: string } {
  const t = transferContext(ctx, { ignore, followPaths, sendsEmptiedDirs });
  if (!t.ok) return { error: t.error };
  return previous === undefined ? freshSnapshot(t.entries) : syncSnapshot(previous, t.entries);
}

/**
 * The copy of a wildcard source lstat's the directory before the first wildcard component: when it is not in
 * the snapshot (missing, or kept out by .dockerignore) the copy fails, although the checksum (no matches) did not.
 */
function missingWildcardDir(snapshot: Snapshot, path: string): string | undefined {
  const [prefix] = splitWildcards(path);
  if (prefix === '/') return undefined;
  const r = resolvePath(snapshot.entries, prefix, true);
  return r.ok && r.path !== '' && r.entry === undefined ? prefix : undefined;
}

/**
 * Per source, what a COPY/ADD ("copy", with its `--exclude` patterns) or a bind mount ("bind", no wildcards,
 * `source` default `/`) reads. Exclude patterns only filter below a directory (or a wildcard match).
 */
export function selectSources(
  snapshot: Snapshot,
  sources: readonly string[],
  mode: SelectionMode = 'copy',
  hash: HashFn = sha256Hash,
  excludePatterns: readonly string[] = [],
): SourceSelection[] {
  return sources.map((source) => {
    const path = join('/', source === '' && mode === 'bind' ? '/' : source);
    const plain: SelectorSpec = { path, wildcard: mode === 'copy' && containsWildcards(path), followLinks: mode === 'copy' || path !== '/' };
    const filtered = mode === 'copy' && excludePatterns.length > 0 && (plain.wildcard || isDirectory(snapshot, path));
    const selector: SelectorSpec = filtered ? { ...plain, excludePatterns } : plain;
    const sum = checksumSelector(snapshot.entries, selector, hash);
    const opSource = base(path);
    if (!sum.ok) {
      const status = sum.error.endsWith('not found') ? 'not-found' : 'error';
      return { source, selector, opSource, status, error: sum.error, paths: [], records: [] };
    }
    const missingDir = selector.wildcard ? missingWildcardDir(snapshot, path) : undefined;
    if (missingDir !== undefined) return { source, selector, opSource, status: 'error', error: `lstat ${missingDir}: no such file or directory`, paths: [], records: [] };
    const paths = [...new Set(sum.records.map((r) => r.path))];
    const status = selector.wildcard && sum.records.length === 0 ? 'empty-wildcard' : 'found';
    return { source, selector, opSource, status, paths, records: sum.records };
  });
}

/** True when a path leads (following symlinks) to a directory or the context root. */
function isDirectory(snapshot: Snapshot, path: string): boolean {
  const r = resolvePath(snapshot.entries, path, true);
  return r.ok && (r.path === '' || r.entry?.kind === 'dir');
}
