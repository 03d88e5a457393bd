// Tracks BuildKit source/local/source.go (the daemon's context snapshot, reused across builds) over src/core/context.
// The simulator's context snapshot: the shared transfer and snapshot, plus what changed since the previous build
// (so per-source selections of src/core/context can be reused while nothing below them changed).
import {
  DEFAULT_DIR_MODE,
  newPatternMatcher,
  shareChildIndex,
  readIgnoreFile,
  syncSnapshot,
  transferContext,
  type ContextEntry,
  type IgnoreRules,
  type Snapshot,
} from '../context/index.ts';
import { digest, type Digest } from './hash.ts';

export type { ContextEntry } from '../context/index.ts';

/** A file as placed in a filesystem state: its record digest and (for text files) its content. */
export interface FsFile {
  readonly digest: Digest;
  readonly text: string | undefined;
  /** Permission bits when known (default 0644). */
  readonly mode?: number;
}

/** The context BuildKit hashes for one build (after .dockerignore, stale directory modes kept), with its change set. */
export interface ContextSnapshot {
  readonly snapshot: Snapshot;
  /** The snapshot's entries by path (directories explicit). */
  readonly entries: ReadonlyMap<string, ContextEntry>;
  /** The context as given (before .dockerignore and implied directories), to compare the next build's with. */
  readonly input: ReadonlyMap<string, ContextEntry>;
  readonly ignoreEntry: ContextEntry | undefined;
  /** Paths whose entry differs from the previous build's snapshot; undefined for the first build. */
  readonly changed: ReadonlySet<string> | undefined;
  /** True when a symlink was added, removed or changed (selections then cannot be reused). */
  readonly linkChanged: boolean;
  /** Selections computed on this snapshot, with the context paths they depend on (reused by the next build). */
  readonly selections: Map<string, { readonly value: unknown; readonly prefixes: readonly string[] }>;
  /** Why the .dockerignore patterns are invalid (BuildKit fails the build), if they are. */
  readonly ignoreError: string | undefined;
}

/** The .dockerignore rules of a build (error: the raw patternmatcher message). */
function ignoreRules(entry: ContextEntry | undefined, file: string): IgnoreRules {
  const patterns = readIgnoreFile(entry?.kind === 'file' ? entry.content : '');
  if (patterns.length === 0) return { file, patterns, matcher: undefined, error: undefined };
  const built = newPatternMatcher(patterns.map((p) => p.pattern));
  return built.ok ? { file, patterns, matcher: built.matcher, error: undefined } : { file, patterns, matcher: undefined, error: built.error };
}

function below(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(prefix + '/');
}

/** Paths whose entry object differs between two snapshots (entry identity: applyChange keeps unchanged entries). */
function changedPaths(prev: ReadonlyMap<string, ContextEntry>, next: ReadonlyMap<string, ContextEntry>): { changed: Set<string>; linkChanged: boolean } {
  const changed = new Set<string>();
  let linkChanged = false;
  const mark = (path: string, a: ContextEntry | undefined, b: ContextEntry | undefined): void => {
    changed.add(path);
    if (a?.kind === 'symlink' || b?.kind === 'symlink') linkChanged = true;
  };
  for (const [path, entry] of next) {
    const old = prev.get(path);
    if (old !== entry) mark(path, old, entry);
  }
  for (const [path, old] of prev) if (!next.has(path)) mark(path, old, undefined);
  return { changed, linkChanged };
}

/**
 * Adds the directories a context implies but does not list (mode from `dirModes`, else 0755). A directory equal
 * to the previous build's entry reuses that object, so entry identity (what src/core/context memoises on) holds.
 */
function withParents(context: ReadonlyMap<string, ContextEntry>, dirModes: ReadonlyMap<string, number> | undefined, previous: ContextSnapshot | undefined): ReadonlyMap<string, ContextEntry> {
  let out: Map<string, ContextEntry> | undefined;
  for (const path of context.keys()) {
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      const dir = path.slice(0, i);
      if (context.has(dir) || out?.has(dir) === true) continue;
      out ??= new Map(context);
      const mode = dirModes?.get(dir) ?? DEFAULT_DIR_MODE;
      const before = previous?.entries.get(dir);
      out.set(dir, before?.kind === 'dir' && before.mode === mode ? before : { kind: 'dir', path: dir, mode });
    }
  }
  return out ?? context;
}

/**
 * The previous snapshot with changed files swapped in, when only files changed (same paths, kinds, directory
 * modes and .dockerignore): the transfer then sends the same paths and syncSnapshot takes each file as sent.
 */
function patched(context: ReadonlyMap<string, ContextEntry>, dirModes: ReadonlyMap<string, number> | undefined, ignoreEntry: ContextEntry | undefined, prev: ContextSnapshot): Snapshot | undefined {
  if (prev.ignoreEntry !== ignoreEntry || context.size !== prev.input.size || (dirModes !== undefined && dirModes.size > 0)) return undefined;
  const swaps: ContextEntry[] = [];
  for (const [path, entry] of context) {
    const old = prev.input.get(path);
    if (old === entry) continue;
    if (old?.kind !== 'file' || entry.kind !== 'file') return undefined;
    swaps.push(entry);
  }
  if (swaps.length === 0) return prev.snapshot;
  const entries = new Map(prev.snapshot.entries);
  for (const e of swaps) if (entries.has(e.path)) entries.set(e.path, e);
  shareChildIndex(prev.snapshot.entries, entries);
  return { entries, staleDirModes: prev.snapshot.staleDirModes };
}

/**
 * The snapshot of one build: the context (implied directories added) sent through .dockerignore
 * (`<Dockerfile>.dockerignore` first), synced into the previous build's snapshot (syncSnapshot keeps stale
 * directory modes). Selections of the previous snapshot that no changed path can affect are carried over.
 */
export function snapshotContext(
  context: ReadonlyMap<string, ContextEntry>,
  dirModes?: ReadonlyMap<string, number>,
  dockerignorePath = '.dockerignore',
  previous?: ContextSnapshot,
  sendsEmptiedDirs = false,
): ContextSnapshot {
  const ignoreEntry = context.get(dockerignorePath) ?? context.get('.dockerignore');
  const rules = ignoreRules(ignoreEntry, ignoreEntry?.path ?? dockerignorePath);
  const fast = previous === undefined ? undefined : patched(context, dirModes, ignoreEntry, previous);
  const snapshot = fast ?? sent(withParents(context, dirModes, previous), rules, previous, sendsEmptiedDirs);
  const base = { snapshot, entries: snapshot.entries, input: context, ignoreEntry, ignoreError: rules.error };
  const selections = new Map<string, { readonly value: unknown; readonly prefixes: readonly string[] }>();
  if (previous === undefined) return { ...base, changed: undefined, linkChanged: false, selections };
  const { changed, linkChanged } = changedPaths(previous.entries, snapshot.entries);
  if (!linkChanged) {
    for (const [key, sel] of previous.selections) if (![...changed].some((c) => sel.prefixes.some((p) => below(c, p)))) selections.set(key, sel);
  }
  return { ...base, changed, linkChanged, selections };
}

/** transferContext then syncSnapshot (an invalid .dockerignore sends nothing; the build fails on ignoreError). */
function sent(context: ReadonlyMap<string, ContextEntry>, rules: IgnoreRules, previous: ContextSnapshot | undefined, sendsEmptiedDirs: boolean): Snapshot {
  const t = transferContext({ entries: context }, { ignore: rules.error === undefined ? rules : { ...rules, matcher: undefined }, sendsEmptiedDirs });
  return syncSnapshot(previous?.snapshot, t.ok ? t.entries : new Map());
}

/** Record digest of a regular file with the given mode (tarsum header minus name and mtime, plus bytes). */
export function fileRecord(contentHash: Digest, mode: number, owner = ''): Digest {
  return digest('file', (mode & 0o7777).toString(8), owner, contentHash);
}

/** Record digest of a symlink (hashed as a link, not followed). */
export function linkRecord(target: string): Digest {
  return digest('link', target);
}
