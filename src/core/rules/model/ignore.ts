/** .dockerignore for rules: an adapter over the context model's port of moby/patternmatcher (src/core/context). */
import { matchesOrParentMatches, newPatternMatcher, readIgnoreFile } from '../../context/index.ts';

/** A compiled .dockerignore. */
export interface IgnoreMatcher {
  readonly patterns: readonly { readonly text: string; readonly exclusion: boolean }[];
  /** True when the path or one of its parents is excluded from the context (MatchesOrParentMatches). */
  readonly matches: (path: string) => boolean;
  readonly hasExclusions: boolean;
}

/** Cleans a path the way Go's filepath.Clean does for relative `/` paths. */
export function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/') || '.';
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
