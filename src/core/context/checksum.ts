// Tracks BuildKit cache/contenthash/checksum.go (Checksum, includedPaths, checksum of a directory) at v0.25.2.
import { base, compareBytes, join } from './go-path.ts';
import { BadPatternError, goMatch } from './go-match.ts';
import { matchesUsingParentResults, newPatternMatcher, type MatchInfo, type PatternMatcher } from './pattern-matcher.ts';
import { concatBytes, type HashFn } from './hash.ts';
import { childIndex, emptyDigest, recordDigest, toRecord, treeKeys, type DigestRecord } from './records.ts';
import { relPath, resolvePath } from './resolve.ts';
import type { ContextEntry } from './types.ts';

/** One content-hash selector of an op input, as the solver builds it (a path, wildcard and follow-links flags). */
export interface SelectorSpec {
  readonly path: string;
  readonly wildcard: boolean;
  readonly followLinks: boolean;
  /** `COPY --exclude` patterns, relative to the selected path (ChecksumOpts.ExcludePatterns). */
  readonly excludePatterns?: readonly string[];
}

/** The checksum of one selector: its digest and the records that went in, or BuildKit's error (e.g. not found). */
export type SelectorChecksum =
  | { readonly ok: true; readonly selector: SelectorSpec; readonly digest: string; readonly records: readonly DigestRecord[] }
  | { readonly ok: false; readonly selector: SelectorSpec; readonly error: string };

interface DirResult {
  readonly digest: string;
  readonly records: DigestRecord[];
}

/** Digest of a directory's content: its header, then each child by name (sub-directories by their content digest). */
function dirDigest(entries: ReadonlyMap<string, ContextEntry>, dirPath: string, prefix: string, hash: HashFn): DirResult {
  const header = toRecord(dirPath === '' ? undefined : entries.get(dirPath), prefix, hash);
  const parts: (string | Uint8Array)[] = ['\0', header.digest];
  const records: DigestRecord[] = [header];
  for (const name of childIndex(entries).get(dirPath) ?? []) {
    const path = dirPath === '' ? name : `${dirPath}/${name}`;
    const entry = entries.get(path) as ContextEntry;
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    let d: string;
    if (entry.kind === 'dir') {
      const sub = dirDigest(entries, path, rel, hash);
      d = sub.digest;
      records.push(...sub.records);
    } else {
      d = recordDigest(entry, hash);
      records.push(toRecord(entry, rel, hash));
    }
    parts.push(`\0${name}\u0001`, d);
  }
  return { digest: hash(concatBytes(['dirlist\u0001', ...parts])), records };
}

/** lazyChecksum: the digest of one path (a file, a link, or a directory with everything below it). */
function pathChecksum(entries: ReadonlyMap<string, ContextEntry>, selector: SelectorSpec, path: string, name: string, hash: HashFn): SelectorChecksum {
  const r = resolvePath(entries, path, selector.followLinks);
  if (!r.ok) return { ok: false, selector, error: r.error };
  if (r.path !== '' && r.entry === undefined) return { ok: false, selector, error: `"${join('/', path)}": not found` };
  if (r.entry === undefined || r.entry.kind === 'dir') {
    const d = dirDigest(entries, r.path, name, hash);
    return { ok: true, selector, digest: d.digest, records: d.records };
  }
  return { ok: true, selector, digest: recordDigest(r.entry, hash), records: [toRecord(r.entry, name, hash)] };
}

/** contenthash.Checksum for one selector over a snapshot's entries. */
export function checksumSelector(entries: ReadonlyMap<string, ContextEntry>, selector: SelectorSpec, hash: HashFn): SelectorChecksum {
  const excludes = selector.excludePatterns ?? [];
  if (!selector.wildcard && (excludes.length === 0 || !namesDirectory(entries, selector))) {
    // `--exclude` filters what a directory or wildcard takes; a single-file source is hashed whole (recorded:
    // copy-exclude-single-file, BuildKit v0.25.2 re-runs the COPY when that file changes).
    return pathChecksum(entries, selector, selector.path, '', hash);
  }
  let exclude: PatternMatcher | undefined;
  if (excludes.length > 0) {
    const built = newPatternMatcher(excludes);
    if (!built.ok) return { ok: false, selector, error: `invalid excludepatterns: [${excludes.join(' ')}]: ${built.error}` };
    exclude = built.matcher;
  }
  try {
    return includedChecksum(entries, selector, exclude, hash);
  } catch (e) {
    if (e instanceof BadPatternError) return { ok: false, selector, error: e.message };
    throw e;
  }
}

/** Splits at the first component with a wildcard: the plain prefix and the rest (contenthash splitWildcards). */
export function splitWildcards(p: string): [string, string] {
  const parts = join(p).split('/');
  const p1: string[] = [];
  const p2: string[] = [];
  let found = false;
  for (const part of parts) {
    if (!found && containsWildcards(part)) found = true;
    (found ? p2 : p1).push(part === '' ? '/' : part);
  }
  return [join(...p1), join(...p2)];
}

/** True when a name has `*`, `?` or `[` not escaped by `\` (BuildKit's containsWildcards). */
export function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

interface Included {
  readonly fn: string;
  readonly follow: boolean;
  readonly key: ReturnType<typeof treeKeys>[number];
  readonly info: MatchInfo;
  included: boolean;
}

interface Walk {
  readonly origPrefix: string;
  readonly resolvedPrefix: string;
  readonly start: number;
}

/** Where includedPaths starts: the selector's prefix as written, as resolved (symlinks), and the first key below it. */
function walkStart(entries: ReadonlyMap<string, ContextEntry>, selector: SelectorSpec, p: string): Walk | { readonly error: string } {
  const [d1, d2] = selector.wildcard ? splitWildcards(p) : [p, ''];
  if (d1 === '/') return { origPrefix: '', resolvedPrefix: '', start: 0 };
  const r = resolvePath(entries, d1, selector.wildcard && d2 !== '');
  if (!r.ok) return { error: r.error };
  const keys = treeKeys(entries);
  const k = r.path === '' ? '\0' : '\0' + r.path.replaceAll('/', '\0');
  let start = 0;
  if (r.path === '' || r.entry !== undefined) {
    const seek = k + '\0';
    start = keys.findIndex((x) => compareBytes(x.key, seek) >= 0);
    if (start === -1) start = keys.length;
  }
  return { origPrefix: d1, resolvedPrefix: k.replaceAll('\0', '/'), start };
}

/** Whether a plain selector resolves to a directory (or the context root). */
function namesDirectory(entries: ReadonlyMap<string, ContextEntry>, selector: SelectorSpec): boolean {
  const r = resolvePath(entries, selector.path, selector.followLinks);
  return r.ok && (r.path === '' || r.entry?.kind === 'dir');
}

/** includedPaths: the records a wildcard and/or exclude-pattern selector takes (dir headers, files, links; no dir contents). */
function includedChecksum(entries: ReadonlyMap<string, ContextEntry>, selector: SelectorSpec, exclude: PatternMatcher | undefined, hash: HashFn): SelectorChecksum {
  const p = join('/', selector.path);
  const walk = walkStart(entries, selector, p);
  if ('error' in walk) return { ok: false, selector, error: walk.error };
  const keys = treeKeys(entries);
  const plain = p === '/' ? '' : p;
  const included: Included[] = [];
  const parents: Included[] = [];
  let lastMatched = '';
  for (let i = walk.start; i < keys.length; i++) {
    const key = keys[i] as (typeof keys)[number];
    let fn = key.key.replaceAll('\0', '/');
    if (fn.startsWith(walk.resolvedPrefix)) fn = walk.origPrefix + fn.slice(walk.resolvedPrefix.length);
    while (parents.length > 0 && !fn.startsWith((parents[parents.length - 1] as Included).fn + '/')) parents.pop();
    const parent = parents[parents.length - 1];
    if (key.header) fn = fn.slice(0, -1);
    let within: string;
    if (selector.wildcard) {
      if (lastMatched === '' || !fn.startsWith(lastMatched + '/')) {
        if (!goMatch(p, fn)) continue;
        lastMatched = fn;
      }
      within = lastMatched;
    } else {
      if (!(fn + '/').startsWith(plain + '/')) break;
      within = plain;
    }
    const candidate = trimSuffix(trimPrefix(fn + '/', within + '/'), '/');
    const [excluded, info] = exclude === undefined ? [false, []] : matchesUsingParentResults(exclude, candidate, parent?.info ?? []);
    if (excluded && !key.header) continue;
    const item: Included = { fn, follow: parent === undefined && selector.followLinks, key, info, included: false };
    const contents = !key.header && (key.entry === undefined || key.entry.kind === 'dir'); // content records are not listed
    if (!excluded && !contents) {
      for (const dir of parents) if (!dir.included) (included.push(dir), (dir.included = true));
      included.push(item);
      item.included = true;
    }
    if (key.header) parents.push(item);
  }
  return combineIncluded(entries, selector, p, walk.origPrefix === '' ? '/' : walk.origPrefix, included, hash);
}

function combineIncluded(
  entries: ReadonlyMap<string, ContextEntry>,
  selector: SelectorSpec,
  p: string,
  d1: string,
  included: readonly Included[],
  hash: HashFn,
): SelectorChecksum {
  const rel = (fn: string): string => (d1 === '/' ? fn.slice(1) : fn.slice(d1.length + 1));
  const items: { fn: string; digest: string }[] = [];
  const records: DigestRecord[] = [];
  for (const inc of included) {
    if (inc.follow && inc.key.entry?.kind === 'symlink') {
      const followed = pathChecksum(entries, { ...selector, wildcard: false }, inc.fn, rel(inc.fn), hash);
      if (!followed.ok) return followed;
      items.push({ fn: inc.fn, digest: followed.digest });
      records.push(...followed.records);
      continue;
    }
    const rec = toRecord(inc.key.entry, rel(inc.fn), hash);
    items.push({ fn: inc.fn, digest: rec.digest });
    records.push(rec);
  }
  const first = items[0];
  if (first === undefined) return { ok: true, selector, digest: emptyDigest(hash), records };
  if (items.length === 1 && base(p) === base(first.fn)) return { ok: true, selector, digest: first.digest, records };
  const prefix = d1 === '/' ? '' : d1;
  const parts = items.flatMap((it, i) => [i === 0 ? '' : '\0', trimPrefix(trimPrefix(it.fn, prefix), '/'), '\u0001', it.digest]);
  return { ok: true, selector, digest: hash(concatBytes(['filelist\u0001', ...parts])), records };
}

function trimPrefix(s: string, prefix: string): string {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

function trimSuffix(s: string, suffix: string): string {
  return s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
}

/** Relative context path of an absolute selector path. */
export function selectorContextPath(selector: SelectorSpec): string {
  return relPath(join('/', selector.path));
}
