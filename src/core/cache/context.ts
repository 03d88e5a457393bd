// Tracks BuildKit cache/contenthash/checksum.go (Checksum, ChecksumWildcard) over the local build context.
// The simulator's context snapshot: a cache over src/core/context's transfer walk (.dockerignore, emptied
// directories), reused across builds while only file contents change.
import { newPatternMatcher, readIgnoreFile, transferContext, type ContextEntry as SharedEntry, type IgnoreRules } from '../context/index.ts';
import { digest, type Digest } from './hash.ts';

/** A file or symlink of the build context (uid/gid are 0: the CLI resets them). */
export type ContextEntry =
  | { readonly kind: 'file'; readonly content: string; readonly mode: number }
  | { readonly kind: 'symlink'; readonly target: string };

/** A file as placed in a filesystem state: its record digest and (for text files) its content. */
export interface FsFile {
  readonly digest: Digest;
  readonly text: string | undefined;
  /** Permission bits when known (default 0644). */
  readonly mode?: number;
}

/** The context BuildKit sees for one build (after .dockerignore). */
export interface ContextSnapshot {
  readonly entries: ReadonlyMap<string, ContextEntry>;
  /** Every context path, sorted. */
  readonly paths: readonly string[];
  /** Directories implied by the files, with the mode the checksum cache holds for them. */
  readonly dirModes: ReadonlyMap<string, number>;
  /** Memoised record digests by path. */
  readonly recordCache: Map<string, Digest>;
  /** Content hash cache shared across builds (content → digest). */
  readonly contentCache: Map<string, Digest>;
  /** The files as given (before .dockerignore), to diff the next snapshot against. */
  readonly input: ReadonlyMap<string, ContextEntry>;
  /** Paths whose entry changed since the previous snapshot; undefined when unknown (fresh snapshot). */
  readonly changed: ReadonlySet<string> | undefined;
  /** Selections computed on this snapshot (reused by the next one when nothing below them changed). */
  readonly selections: Map<string, { readonly value: unknown; readonly prefixes: readonly string[] }>;
  readonly ignoreEntry: ContextEntry | undefined;
  readonly dirModesInput: ReadonlyMap<string, number>;
  /** Why the .dockerignore patterns are invalid (BuildKit fails the build), if they are. */
  readonly ignoreError: string | undefined;
}

function sameModes(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function below(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(prefix + '/');
}

/** Reuses the previous snapshot when only file contents/modes changed (same paths, same .dockerignore). */
function incremental(files: ReadonlyMap<string, ContextEntry>, dirModes: ReadonlyMap<string, number>, ignoreEntry: ContextEntry | undefined, prev: ContextSnapshot): ContextSnapshot | undefined {
  if (prev.ignoreEntry !== ignoreEntry || files.size !== prev.input.size || !sameModes(dirModes, prev.dirModesInput)) return undefined;
  const changed = new Set<string>();
  for (const [path, entry] of files) {
    const old = prev.input.get(path);
    if (old === undefined) return undefined;
    if (old !== entry) changed.add(path);
  }
  const entries = changed.size === 0 ? prev.entries : new Map(prev.entries);
  const recordCache = new Map(prev.recordCache);
  for (const path of changed) {
    if (prev.entries.has(path)) (entries as Map<string, ContextEntry>).set(path, files.get(path)!);
    recordCache.delete(path);
  }
  const selections = new Map<string, { readonly value: unknown; readonly prefixes: readonly string[] }>();
  const linkChanged = [...changed].some((c) => files.get(c)?.kind === 'symlink' || prev.input.get(c)?.kind === 'symlink');
  if (!linkChanged) for (const [key, sel] of prev.selections) if (![...changed].some((c) => sel.prefixes.some((p) => below(c, p)))) selections.set(key, sel);
  return { ...prev, entries, recordCache, input: files, changed, selections };
}

/** Builds the snapshot: applies .dockerignore (from the given files) and derives directories. */
export function snapshotContext(
  files: ReadonlyMap<string, ContextEntry>,
  dirModes: ReadonlyMap<string, number> = new Map(),
  contentCache: Map<string, Digest> = new Map(),
  dockerignorePath = '.dockerignore',
  previous?: ContextSnapshot,
  keepExcludedParents = false,
): ContextSnapshot {
  const ignoreEntry = files.get(dockerignorePath) ?? files.get('.dockerignore');
  const reused = previous ? incremental(files, dirModes, ignoreEntry, previous) : undefined;
  if (reused) return reused;
  const rules = ignoreRules(ignoreEntry, dockerignorePath);
  const entries = new Map<string, ContextEntry>();
  const dirs = new Map<string, number>();
  const sent = transferContext({ entries: sharedEntries(files, dirModes) }, { ignore: rules.error === undefined ? rules : { ...rules, matcher: undefined }, sendsEmptiedDirs: keepExcludedParents });
  for (const [path, entry] of sent.ok ? sent.entries : new Map<string, SharedEntry>()) {
    if (entry.kind === 'dir') dirs.set(path, entry.mode);
    else entries.set(path, files.get(path)!);
  }
  const paths = [...entries.keys(), ...dirs.keys()].sort();
  return { entries, paths, dirModes: dirs, recordCache: new Map(), contentCache, input: files, changed: undefined, selections: new Map(), ignoreEntry, dirModesInput: dirModes, ignoreError: rules.error };
}

/** The .dockerignore rules of a build (error: the raw patternmatcher message). */
function ignoreRules(entry: ContextEntry | undefined, file: string): IgnoreRules {
  const patterns = readIgnoreFile(entry?.kind === 'file' ? entry.content : '');
  if (patterns.length === 0) return { file, patterns, matcher: undefined, error: undefined };
  const built = newPatternMatcher(patterns.map((p) => p.pattern));
  return built.ok ? { file, patterns, matcher: built.matcher, error: undefined } : { file, patterns, matcher: undefined, error: built.error };
}

/** The simulator's input as the shared context model (directories explicit, with the modes given). */
function sharedEntries(files: ReadonlyMap<string, ContextEntry>, dirModes: ReadonlyMap<string, number>): Map<string, SharedEntry> {
  const out = new Map<string, SharedEntry>();
  for (const [path, e] of files) {
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      const dir = path.slice(0, i);
      if (!out.has(dir)) out.set(dir, { kind: 'dir', path: dir, mode: dirModes.get(dir) ?? 0o755 });
    }
    out.set(path, e.kind === 'file' ? { kind: 'file', path, content: e.content, mode: e.mode } : { kind: 'symlink', path, target: e.target });
  }
  return out;
}

/** Digest of a content string (memoised). */
export function contentDigest(snapshot: Pick<ContextSnapshot, 'contentCache'>, content: string): Digest {
  let d = snapshot.contentCache.get(content);
  if (d === undefined) {
    d = digest(content);
    snapshot.contentCache.set(content, d);
  }
  return d;
}

/** Record digest of a regular file with the given mode (tarsum header minus name and mtime, plus bytes). */
export function fileRecord(contentHash: Digest, mode: number, owner = ''): Digest {
  return digest('file', (mode & 0o7777).toString(8), owner, contentHash);
}

/** Record digest of a symlink (hashed as a link, not followed). */
export function linkRecord(target: string): Digest {
  return digest('link', target);
}

/** Record digest of a directory header. */
export function dirHeader(mode: number): Digest {
  return digest('dir', (mode & 0o7777).toString(8));
}

/** Cleans a context path: no leading `/` or `./`, no `.`/`..` parts; "" is the root. */
export function cleanContextPath(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Follows symlinks in every component of a selected path (BuildKit FollowSymlinks, scoped to the context). */
export function resolveContextPath(snapshot: ContextSnapshot, path: string): string | undefined {
  let resolved = '';
  let rest = path === '' ? [] : path.split('/');
  for (let hops = 0; rest.length > 0; ) {
    const candidate = resolved === '' ? rest[0]! : `${resolved}/${rest[0]}`;
    const entry = snapshot.entries.get(candidate);
    if (entry?.kind === 'symlink') {
      if (++hops > 32) return undefined;
      const target = cleanContextPath(entry.target.startsWith('/') ? entry.target : `${resolved}/${entry.target}`);
      rest = [...(target === '' ? [] : target.split('/')), ...rest.slice(1)];
      resolved = '';
      continue;
    }
    if (entry === undefined && !snapshot.dirModes.has(candidate)) return undefined;
    if (entry?.kind === 'file' && rest.length > 1) return undefined;
    resolved = candidate;
    rest = rest.slice(1);
  }
  return resolved;
}

/** Lists the context paths strictly below a directory ("" = root), sorted. */
export function listBelow(snapshot: ContextSnapshot, dir: string): readonly string[] {
  if (dir === '') return snapshot.paths;
  const prefix = dir + '/';
  let lo = 0;
  let hi = snapshot.paths.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (snapshot.paths[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < snapshot.paths.length && snapshot.paths[i]!.startsWith(prefix); i++) out.push(snapshot.paths[i]!);
  return out;
}

/** Record digest of one context entry (file bytes+mode, link target, or directory header). */
export function entryRecord(snapshot: ContextSnapshot, path: string): Digest {
  const cached = snapshot.recordCache.get(path);
  if (cached !== undefined) return cached;
  const entry = snapshot.entries.get(path);
  const d =
    entry === undefined
      ? dirHeader(snapshot.dirModes.get(path) ?? 0o755)
      : entry.kind === 'file'
        ? fileRecord(contentDigest(snapshot, entry.content), entry.mode)
        : linkRecord(entry.target);
  snapshot.recordCache.set(path, d);
  return d;
}
