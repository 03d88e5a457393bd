// Tracks moby/patternmatcher (MatchesOrParentMatches) and ignorefile.ReadAll as used for .dockerignore by the
// BuildKit local source; delegates to the shared context model (src/core/context).
import { matchesOrParentMatches, newPatternMatcher, readIgnoreFile, type PatternMatcher } from '../context/index.ts';

/** Compiled .dockerignore rules (undefined matcher: nothing is excluded). */
export interface IgnoreMatcher {
  readonly matcher: PatternMatcher | undefined;
  readonly error: string | undefined;
}

/** Parses .dockerignore text (or `COPY --exclude` patterns, one a line) into rules. */
export function parseDockerignore(text: string): IgnoreMatcher {
  const patterns = readIgnoreFile(text).map((p) => p.pattern);
  if (patterns.length === 0) return { matcher: undefined, error: undefined };
  const built = newPatternMatcher(patterns);
  return built.ok ? { matcher: built.matcher, error: undefined } : { matcher: undefined, error: built.error };
}

/** True when the path (or one of its parent directories) is excluded; the last matching pattern wins. */
export function isIgnored(rules: IgnoreMatcher, path: string): boolean {
  return rules.matcher !== undefined && matchesOrParentMatches(rules.matcher, path);
}
