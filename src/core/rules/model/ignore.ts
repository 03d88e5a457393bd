/** .dockerignore for rules: an adapter over the context model's port of moby/patternmatcher (src/core/context). */
import { matchesOrParentMatches, newPatternMatcher, readIgnoreFile } from '../../context/index.ts';
import { cleanPath as cleanAbs } from '../../instructions/index.ts';

/** A compiled .dockerignore. */
export interface IgnoreMatcher {
  readonly patterns: readonly { readonly text: string; readonly exclusion: boolean }[];
  /** True when the path or one of its parents is excluded from the context (MatchesOrParentMatches). */
  readonly matches: (path: string) => boolean;
  readonly hasExclusions: boolean;
}

/** Cleans a context-relative path (path.Clean, `..` never climbing above the context root); "." for the root. */
export function cleanPath(path: string): string {
  return cleanAbs('/' + path.replace(/\\/g, '/')).slice(1) || '.';
}

const NOTHING: IgnoreMatcher = { patterns: [], matches: () => false, hasExclusions: false };

/** Parses .dockerignore text as BuildKit does; a file BuildKit would reject ignores nothing here. */
export function parseDockerignore(text: string): IgnoreMatcher {
  const built = newPatternMatcher(readIgnoreFile(text).map((p) => p.pattern));
  if (!built.ok) return NOTHING;
  const pm = built.matcher;
  return {
    patterns: pm.patterns,
    hasExclusions: pm.exclusions,
    matches: (path) => {
      const clean = cleanPath(path.replace(/^\/+/, ''));
      try {
        return matchesOrParentMatches(pm, clean);
      } catch {
        return false;
      }
    },
  };
}
