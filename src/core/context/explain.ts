/** Why a path is or is not sent: the .dockerignore pattern (and line) that decided, possibly through a parent directory. */
import { matchesOrParentMatches, matchesUsingParentResults, type MatchInfo, type Pattern } from './pattern-matcher.ts';
import type { IgnorePattern, IgnoreRules } from './types.ts';

/** The verdict for one context path; `decidedBy` is the last pattern that applied, `viaParent` the ancestor it matched. */
export interface IgnoreVerdict {
  readonly path: string;
  readonly ignored: boolean;
  readonly decidedBy: IgnorePattern | undefined;
  readonly viaParent: string | undefined;
  readonly error?: string;
}

function coveredDir(rules: IgnoreRules, dirPath: string): boolean {
  const pm = rules.matcher;
  if (pm === undefined) return false;
  const chars = /[*[\]?^\\]/;
  const strip = (p: Pattern): string => p.text.replace(/\/\*\*$/, '').replace(/\/\*$/, '');
  if (pm.patterns.some((p) => p.exclusion && chars.test(strip(p)))) return true; // fsutil walks into it
  return pm.exclusions && pm.patterns.some((p) => p.exclusion && (strip(p) + '/').startsWith(dirPath + '/'));
}

/**
 * Whether .dockerignore keeps `path` out of the context, as fsutil's walk decides it (per-pattern results
 * inherited from parent directories; an excluded directory that no `!` pattern can reach is not entered).
 */
export function explainIgnore(rules: IgnoreRules, path: string): IgnoreVerdict {
  const pm = rules.matcher;
  if (rules.error !== undefined) return { path, ignored: false, decidedBy: undefined, viaParent: undefined, error: rules.error };
  if (pm === undefined) return { path, ignored: false, decidedBy: undefined, viaParent: undefined };
  const parts = path.split('/');
  let info: MatchInfo = [];
  const firstMatch = new Map<number, string>();
  try {
    for (let i = 0; i < parts.length; i++) {
      const p = parts.slice(0, i + 1).join('/');
      const [m, next] = matchesUsingParentResults(pm, p, info);
      next.forEach((hit, k) => {
        if (hit && !firstMatch.has(k)) firstMatch.set(k, p);
      });
      info = next;
      const last = lastTrue(next);
      const isLast = i === parts.length - 1;
      if (m && (isLast || !coveredDir(rules, p))) {
        const at = firstMatch.get(last) ?? p;
        return { path, ignored: true, decidedBy: rules.patterns[last], viaParent: at === path ? undefined : at };
      }
      if (isLast) {
        const at = last === -1 ? undefined : firstMatch.get(last);
        return { path, ignored: false, decidedBy: last === -1 ? undefined : rules.patterns[last], viaParent: at === path ? undefined : at };
      }
    }
  } catch (e) {
    return { path, ignored: false, decidedBy: undefined, viaParent: undefined, error: (e as Error).message };
  }
  return { path, ignored: false, decidedBy: undefined, viaParent: undefined };
}

function lastTrue(info: MatchInfo): number {
  for (let i = info.length - 1; i >= 0; i--) if (info[i]) return i;
  return -1;
}

/** The CopyIgnoredFile lint check: BuildKit asks MatchesOrParentMatches about the source exactly as written. */
export function isSourceIgnored(rules: IgnoreRules, source: string): boolean {
  if (rules.matcher === undefined) return false;
  try {
    return matchesOrParentMatches(rules.matcher, source);
  } catch {
    return false;
  }
}
