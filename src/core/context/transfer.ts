// Tracks tonistiigi/fsutil filter.go (filterFS.Walk) and followlinks.go as vendored by BuildKit v0.25.2: which
// context paths the client sends for `llb.Local("context", ExcludePatterns(.dockerignore), FollowPaths(...))`.
import { base, compareBytes, dir, isAbs, join } from './go-path.ts';
import { goMatch } from './go-match.ts';
import { matchesUsingParentResults, newPatternMatcher, type MatchInfo, type Pattern, type PatternMatcher } from './pattern-matcher.ts';
import { sortedMap } from './context.ts';
import { childIndex } from './records.ts';
import type { BuildContext, ContextEntry, IgnoreRules } from './types.ts';

/** What is sent: `followPaths` undefined means the whole context (some source is `/`, e.g. `COPY . .`). */
export interface TransferOptions {
  readonly ignore: IgnoreRules;
  readonly followPaths?: readonly string[] | undefined;
  /**
   * Whether a directory is sent even when every path below it is excluded (v0.8's fsutil: yes, the emptied
   * directory arrives; modern fsutil sends a directory only with something below it). Default true.
   * Callers take it from the engine profile (`transferSendsEmptiedDirs`).
   */
  readonly sendsEmptiedDirs?: boolean;
}

/** The entries the daemon receives, the paths .dockerignore kept back (a skipped directory is listed once), or an error. */
export type Transfer =
  | { readonly ok: true; readonly entries: ReadonlyMap<string, ContextEntry>; readonly ignored: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** dockerfile2llb normalizeContextPaths: follow paths for the context Local, or undefined (whole context) if any is `/`. */
export function contextFollowPaths(selectors: readonly string[]): string[] | undefined {
  if (selectors.length === 0) return undefined;
  const out: string[] = [];
  for (const s of new Set(selectors.map((x) => join('/', x)))) {
    if (s === '/') return undefined;
    out.push(join('.', s));
  }
  return out.sort(compareBytes);
}

interface WalkDir {
  readonly entry: ContextEntry;
  readonly withSep: string;
  includeInfo: MatchInfo;
  excludeInfo: MatchInfo;
  called: boolean;
}

const PATTERN_CHARS = /[*[\]?^\\]/;

function withoutTrailingGlob(p: Pattern): string {
  let s = p.text;
  if (s.endsWith('/**')) s = s.slice(0, -3);
  if (s.endsWith('/*')) s = s.slice(0, -2);
  return s;
}

function someCovers(pm: PatternMatcher, exclusion: boolean, path: string): boolean {
  return pm.patterns.some((p) => p.exclusion === exclusion && (withoutTrailingGlob(p) + '/').startsWith(path + '/'));
}

/** Sends the context through fsutil's filter: include patterns from follow paths, exclude patterns from .dockerignore. */
export function transferContext(ctx: BuildContext, opts: TransferOptions): Transfer {
  if (opts.ignore.error !== undefined) return { ok: false, error: opts.ignore.error };
  let include: PatternMatcher | undefined;
  if (opts.followPaths !== undefined) {
    const targets = followLinks(ctx.entries, opts.followPaths);
    if (targets !== undefined && targets.length > 0) {
      const built = newPatternMatcher(targets);
      if (!built.ok) return { ok: false, error: `invalid includepatterns: ${built.error}` };
      include = built.matcher;
    }
  }
  try {
    return walk(ctx.entries, include, opts.ignore.matcher, opts.sendsEmptiedDirs ?? true);
  } catch (e) {
    return { ok: false, error: `failed to match excludepatterns: ${(e as Error).message}` };
  }
}

function walk(entries: ReadonlyMap<string, ContextEntry>, include: PatternMatcher | undefined, exclude: PatternMatcher | undefined, eagerDirs: boolean): Transfer {
  const onlyPrefixIncludes = !include?.patterns.some((p) => !p.exclusion && PATTERN_CHARS.test(withoutTrailingGlob(p)));
  const onlyPrefixExceptions = !exclude?.patterns.some((p) => p.exclusion && PATTERN_CHARS.test(withoutTrailingGlob(p)));
  const index = childIndex(entries);
  const sent = new Map<string, ContextEntry>();
  const ignored: string[] = [];
  const stack: WalkDir[] = [];
  const visit = (parent: string): void => {
    for (const name of index.get(parent) ?? []) {
      const path = parent === '' ? name : `${parent}/${name}`;
      const entry = entries.get(path) as ContextEntry;
      const isDir = entry.kind === 'dir';
      while (stack.length > 0 && !path.startsWith((stack[stack.length - 1] as WalkDir).withSep)) stack.pop();
      const top = stack[stack.length - 1];
      const d: WalkDir = { entry, withSep: path + '/', includeInfo: [], excludeInfo: [], called: false };
      let skip = false;
      if (include !== undefined) {
        const [m, info] = matchesUsingParentResults(include, path, top?.includeInfo ?? []);
        d.includeInfo = info;
        if (!m) {
          if (isDir && onlyPrefixIncludes && !someCovers(include, false, path)) continue;
          skip = true;
        }
      }
      if (exclude !== undefined) {
        const [m, info] = matchesUsingParentResults(exclude, path, top?.excludeInfo ?? []);
        d.excludeInfo = info;
        if (m) {
          ignored.push(path);
          if (isDir && onlyPrefixExceptions && (!exclude.exclusions || !someCovers(exclude, true, path))) continue;
          skip = true;
        }
      }
      if (!skip) {
        for (const p of stack) {
          if (p.called) continue;
          p.called = true;
          sent.set(p.entry.path, p.entry);
        }
        // Lazy (modern): a directory with children waits until something below it is sent.
        if (!isDir || eagerDirs || (index.get(path) ?? []).length === 0) {
          d.called = true;
          sent.set(path, entry);
        }
      }
      if (isDir) {
        stack.push(d);
        visit(path);
      }
    }
  };
  visit('');
  return { ok: true, entries: sortedMap(sent), ignored };
}

/**
 * fsutil FollowLinks: the follow paths with every symlink on the way resolved (a wildcard last-but-any component
 * resolves the links among its matches), as include patterns; undefined when one of them is the root.
 */
export function followLinks(entries: ReadonlyMap<string, ContextEntry>, paths: readonly string[]): string[] | undefined {
  const resolved = new Set<string>();
  const index = childIndex(entries);
  const append = (input: string, depth: number): void => {
    if (depth > 255) return;
    let p = join('.', input);
    let current = '.';
    for (;;) {
      const slash = p.indexOf('/');
      current = join(current, slash === -1 ? p : p.slice(0, slash));
      const targets = readSymlink(entries, index, current, true);
      p = slash === -1 ? '' : p.slice(slash + 1);
      if ((p === '' || targets !== undefined) && resolved.has(current)) return;
      if (targets !== undefined) {
        resolved.add(current);
        for (const t of targets) append(join(t, p), depth + 1);
        return;
      }
      if (p === '') {
        resolved.add(current);
        return;
      }
    }
  };
  for (const p of paths) append(p, 0);
  const sorted = [...resolved].sort(compareBytes);
  const out: string[] = [];
  let last = '';
  for (const s of sorted) {
    if (s === '.') return undefined;
    if (s.startsWith(last + '/')) continue;
    out.push(s);
    last = s;
  }
  return out;
}

function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

function readSymlink(entries: ReadonlyMap<string, ContextEntry>, index: ReadonlyMap<string, readonly string[]>, p: string, wildcard: boolean): string[] | undefined {
  const name = base(p);
  if (wildcard && containsWildcards(name)) {
    const parent = dir(p) === '.' ? '' : dir(p);
    if (parent !== '' && entries.get(parent)?.kind !== 'dir') return undefined;
    let out: string[] | undefined;
    for (const child of index.get(parent) ?? []) {
      let ok = false;
      try {
        ok = goMatch(name, child);
      } catch {
        ok = false;
      }
      if (!ok) continue;
      const res = readSymlink(entries, index, join(dir(p), child), false);
      if (res !== undefined) out = [...(out ?? []), ...res];
    }
    return out;
  }
  const entry = p === '.' ? undefined : entries.get(p);
  if (entry?.kind !== 'symlink') return undefined;
  const link = join(entry.target) || '.';
  return [isAbs(link) ? link : join('/', join(dir(p), link))];
}
