// Tracks moby/patternmatcher patternmatcher.go (v0.6.0, vendored by BuildKit v0.25.2): how .dockerignore patterns match.
import { clean, dir } from './go-path.ts';
import { BadPatternError, isValidPattern, runes } from './go-match.ts';
import { compileGoRegexp } from './go-regexp.ts';

/** One pattern as patternmatcher keeps it: the cleaned text (without `!`) and whether it re-includes. */
export interface Pattern {
  readonly text: string;
  readonly exclusion: boolean;
}

/** A compiled pattern list; `exclusions` is true when some pattern starts with `!`. */
export interface PatternMatcher {
  readonly patterns: readonly Pattern[];
  readonly exclusions: boolean;
}

/** Per-pattern results of a parent directory, handed to its children (empty = not known). */
export type MatchInfo = readonly boolean[];

/** The result of building a matcher: the matcher, or Go's error text. */
export type NewMatcherResult =
  | { readonly ok: true; readonly matcher: PatternMatcher }
  | { readonly ok: false; readonly error: string };

type Compiled =
  | { readonly kind: 'exact' }
  | { readonly kind: 'prefix' }
  | { readonly kind: 'suffix' }
  | { readonly kind: 'regexp'; readonly regexp: RegExp };

const compiledCache = new WeakMap<Pattern, Compiled>();

/** patternmatcher.New: trims and cleans each pattern, splits off `!`, rejects a lone `!` and malformed globs. */
export function newPatternMatcher(patterns: readonly string[]): NewMatcherResult {
  const out: Pattern[] = [];
  let exclusions = false;
  for (const raw of patterns) {
    let p = goTrimSpace(raw);
    if (p === '') continue;
    p = clean(p);
    let exclusion = false;
    if (p.startsWith('!')) {
      if (p.length === 1) return { ok: false, error: 'illegal exclusion pattern: "!"' };
      exclusion = true;
      exclusions = true;
      p = p.slice(1);
    }
    if (!isValidPattern(p)) return { ok: false, error: 'syntax error in pattern' };
    out.push({ text: p, exclusion });
  }
  return { ok: true, matcher: { patterns: out, exclusions } };
}

const GO_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);

/** True for Go's unicode.IsSpace (differs from JS: U+0085 is space, U+FEFF is not). */
export function isGoSpace(c: number): boolean {
  return GO_SPACE.has(c) || (c >= 0x2000 && c <= 0x200a);
}

/** Go's strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  const r = runes(s);
  let a = 0;
  let b = r.length;
  while (a < b && isGoSpace(r[a] as number)) a++;
  while (b > a && isGoSpace(r[b - 1] as number)) b--;
  return String.fromCodePoint(...r.slice(a, b));
}

const ESCAPED = new Set('.+()|{}$');

/** Pattern.compile: the match kind, and for regexp kind the Go regexp text patternmatcher builds. */
export function compilePattern(text: string): { kind: Compiled['kind']; source: string } {
  let src = '^';
  let kind: Compiled['kind'] = 'exact';
  const r = runes(text);
  let pos = r[0] === 0xfeff ? 1 : 0; // text/scanner drops a leading byte order mark
  for (let i = 0; pos < r.length; i++) {
    const ch = String.fromCodePoint(r[pos++] as number);
    if (ch === '*') {
      if (r[pos] === 0x2a) {
        pos++;
        if (r[pos] === 0x2f) pos++;
        if (pos >= r.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            src += '.*';
            kind = 'regexp';
          }
        } else {
          src += '(.*/)?';
          kind = 'regexp';
        }
        if (i === 0) kind = 'suffix';
      } else {
        src += '[^/]*';
        kind = 'regexp';
      }
    } else if (ch === '?') {
      src += '[^/]';
      kind = 'regexp';
    } else if (ESCAPED.has(ch)) {
      src += '\\' + ch;
    } else if (ch === '\\') {
      if (pos < r.length) {
        src += '\\' + String.fromCodePoint(r[pos++] as number);
        kind = 'regexp';
      } else src += '\\';
    } else if (ch === '[' || ch === ']') {
      src += ch;
      kind = 'regexp';
    } else src += ch;
  }
  if (kind === 'regexp') src += '$';
  return { kind, source: src };
}

function compiled(p: Pattern): Compiled {
  const hit = compiledCache.get(p);
  if (hit !== undefined) return hit;
  const { kind, source } = compilePattern(p.text);
  let c: Compiled;
  if (kind === 'regexp') {
    try {
      c = { kind, regexp: compileGoRegexp(source) };
    } catch {
      throw new BadPatternError(p.text); // Go keeps the pattern uncompiled and returns ErrBadPattern
    }
  } else c = { kind };
  compiledCache.set(p, c);
  return c;
}

/** Pattern.match on a slash path relative to the context root; throws BadPatternError if the regexp is invalid. */
export function patternMatches(p: Pattern, path: string): boolean {
  const c = compiled(p);
  switch (c.kind) {
    case 'exact':
      return path === p.text;
    case 'prefix':
      return path.startsWith(p.text.slice(0, -2));
    case 'suffix': {
      const suffix = p.text.slice(2);
      if (path.endsWith(suffix)) return true;
      return suffix.startsWith('/') && path === suffix.slice(1);
    }
    case 'regexp':
      return c.regexp.test(path);
    default: {
      const never: never = c;
      return never;
    }
  }
}

function matchesSomeParent(p: Pattern, file: string): boolean {
  const parent = dir(file);
  if (parent === '.') return false;
  const parts = parent.split('/');
  for (let i = 0; i < parts.length; i++) {
    try {
      if (patternMatches(p, parts.slice(0, i + 1).join('/'))) return true;
    } catch {
      // Go ignores the error of a parent-directory match
    }
  }
  return false;
}

/** MatchesOrParentMatches: the last pattern that applies to `file` or one of its parent dirs decides. */
export function matchesOrParentMatches(pm: PatternMatcher, file: string): boolean {
  let matched = false;
  for (const p of pm.patterns) {
    if (p.exclusion !== matched) continue;
    const match = patternMatches(p, file) || matchesSomeParent(p, file);
    if (match) matched = !p.exclusion;
  }
  return matched;
}

/** MatchesUsingParentResults: like matchesOrParentMatches, reusing the parent directory's per-pattern results. */
export function matchesUsingParentResults(pm: PatternMatcher, file: string, parent: MatchInfo): [boolean, MatchInfo] {
  if (parent.length !== 0 && parent.length !== pm.patterns.length) throw new Error('wrong number of values in parentMatched');
  let matched = false;
  const info: boolean[] = pm.patterns.map(() => false);
  pm.patterns.forEach((p, i) => {
    let match = parent.length !== 0 && parent[i] === true;
    if (!match) {
      if (p.exclusion !== matched) return;
      match = patternMatches(p, file);
      if (!match && parent.length === 0) match = matchesSomeParent(p, file);
    }
    info[i] = match;
    if (match) matched = !p.exclusion;
  });
  return [matched, info];
}
