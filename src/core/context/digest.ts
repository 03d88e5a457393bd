// Tracks BuildKit solver/llbsolver/ops/file.go + exec.go (selectors, dedupeSelectors, dedupePaths) and
// ops/opsutils/contenthash.go (NewContentHashFunc): the content digest of one op input from the build context.
import { compareBytes, join } from './go-path.ts';
import { checksumSelector, containsWildcards, type SelectorChecksum, type SelectorSpec } from './checksum.ts';
import { concatBytes, sha256Hash, type HashFn } from './hash.ts';
import type { DigestRecord } from './records.ts';
import type { Snapshot } from './snapshot.ts';

/** How an op reads the context: a COPY/ADD source (wildcards allowed, symlinks followed) or a RUN bind mount. */
export type SelectionMode = 'copy' | 'bind';

/** ExecOp dedupePaths: unique paths minus those below another one, sorted. */
export function dedupePaths(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  const out = unique.filter((p1) => !unique.some((p2) => p1 !== p2 && p1.startsWith(p2.endsWith('/') ? p2 : p2 + '/')));
  return out.sort(compareBytes);
}

/**
 * FileOp selectors for COPY/ADD sources from the context (dispatchCopy joins each to `/`), sorted; selectors
 * without wildcards or `--exclude` patterns are deduplicated (dedupeSelectors).
 */
export function copySelectors(sources: readonly string[], excludePatterns: readonly string[] = []): SelectorSpec[] {
  const specs: SelectorSpec[] = sources.map((s) => {
    const path = join('/', s);
    return { path, wildcard: containsWildcards(path), followLinks: true, ...(excludePatterns.length > 0 && { excludePatterns }) };
  });
  const filtered = (s: SelectorSpec): boolean => s.wildcard || (s.excludePatterns?.length ?? 0) > 0;
  const plain = dedupePaths(specs.filter((s) => !filtered(s)).map((s) => s.path)).map((path) => ({ path, wildcard: false, followLinks: true }));
  return [...plain, ...specs.filter(filtered)].sort((a, b) => compareBytes(a.path, b.path));
}

/** ExecOp selectors for bind mounts of the context (`source=`, default `/`); a root mount hashes the whole context. */
export function bindSelectors(sources: readonly string[]): SelectorSpec[] {
  const paths = dedupePaths(sources.map((s) => join('/', s)));
  if (paths.some((p) => p === '/' || p === '')) return [{ path: '/', wildcard: false, followLinks: false }];
  return paths.map((path) => ({ path, wildcard: false, followLinks: true }));
}

/** The content digest of one op input, with each selector's checksum, or the first selector error. */
export type InputDigest =
  | { readonly ok: true; readonly digest: string; readonly selectors: readonly SelectorChecksum[] }
  | { readonly ok: false; readonly error: string; readonly selectors: readonly SelectorChecksum[] };

/** NewContentHashFunc: checksums every selector (none = the whole context) and hashes the list. */
export function digestInput(snapshot: Snapshot, selectors: readonly SelectorSpec[], hash: HashFn = sha256Hash): InputDigest {
  const list: readonly SelectorSpec[] = selectors.length === 0 ? [{ path: '/', wildcard: false, followLinks: false }] : selectors;
  const sums = list.map((s) => checksumSelector(snapshot.entries, s, hash));
  const failed = sums.find((s) => !s.ok);
  if (failed !== undefined && !failed.ok) return { ok: false, error: `failed to calculate checksum of ref: ${failed.error}`, selectors: sums };
  const parts = sums.flatMap((s, i) => [i === 0 ? '' : '\0', s.ok ? s.digest : '']);
  return { ok: true, digest: hash(concatBytes(['digestlist\u0001', ...parts])), selectors: sums };
}

/** The result of digestSelection: the input digest, the context paths it read, and every record hashed. */
export type SelectionDigest =
  | { readonly ok: true; readonly digest: string; readonly paths: readonly string[]; readonly input: InputDigest }
  | { readonly ok: false; readonly error: string; readonly input: InputDigest };

/** Content digest of what a COPY/ADD (mode "copy") or a RUN's bind mounts (mode "bind") read from the context. */
export function digestSelection(
  snapshot: Snapshot,
  sources: readonly string[],
  mode: SelectionMode = 'copy',
  hash: HashFn = sha256Hash,
  excludePatterns: readonly string[] = [],
): SelectionDigest {
  const selectors = mode === 'copy' ? copySelectors(sources, excludePatterns) : bindSelectors(sources);
  const input = digestInput(snapshot, selectors, hash);
  if (!input.ok) return { ok: false, error: input.error, input };
  return { ok: true, digest: input.digest, paths: recordPaths(input), input };
}

/** Sorted unique context paths of every record of an input digest ("" = the context root directory). */
export function recordPaths(input: InputDigest): string[] {
  const all = input.selectors.flatMap((s) => (s.ok ? s.records.map((r: DigestRecord) => r.path) : []));
  return [...new Set(all)].sort(compareBytes);
}
