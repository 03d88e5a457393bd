// Tracks moby/patternmatcher ignorefile/ignorefile.go (ReadAll) and BuildKit frontend/dockerui/config.go (which file).
import { clean } from './go-path.ts';
import { goTrimSpace, newPatternMatcher } from './pattern-matcher.ts';
import { lookupFile } from './context.ts';
import type { BuildContext, FileContent, IgnorePattern, IgnoreRules } from './types.ts';

const decoder = new TextDecoder('utf-8');

/** Text of file content (bytes decoded as UTF-8). */
export function contentText(content: FileContent): string {
  return typeof content === 'string' ? content : decoder.decode(content);
}

/**
 * ignorefile.ReadAll: a BOM is dropped; a line whose FIRST character is `#` is a comment (so `  # x` and
 * `foo # x` are patterns); lines are trimmed (Go's TrimSpace), blank ones skipped; `!` then trimmed again;
 * the rest is path-cleaned and one leading `/` removed. Lines split on `\n`, a trailing `\r` dropped.
 */
export function readIgnoreFile(content: FileContent): IgnorePattern[] {
  let text = contentText(content);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: IgnorePattern[] = [];
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('#')) return;
    let pattern = goTrimSpace(line);
    if (pattern === '') return;
    const invert = pattern.startsWith('!');
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = clean(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    out.push({ pattern: invert ? '!' + pattern : pattern, line: index + 1 });
  });
  return out;
}

/** Builds ignore rules from patterns (e.g. read from a file); `file` names where they came from. */
export function ignoreRulesFrom(patterns: readonly IgnorePattern[], file: string | undefined): IgnoreRules {
  if (patterns.length === 0) return { file, patterns, matcher: undefined, error: undefined };
  const built = newPatternMatcher(patterns.map((p) => p.pattern));
  if (!built.ok) return { file, patterns, matcher: undefined, error: `failed to parse ${file ?? 'ignore patterns'}: ${built.error}` };
  return { file, patterns, matcher: built.matcher, error: undefined };
}

/** Ignore rules that exclude nothing. */
export const NO_IGNORE: IgnoreRules = { file: undefined, patterns: [], matcher: undefined, error: undefined };

/**
 * The exclude patterns BuildKit uses for a build with this Dockerfile: `<dockerfile>.dockerignore` when that
 * file exists (it is read from the Dockerfile's directory, unfiltered), else the context's `.dockerignore`
 * (read unfiltered too, so a `.dockerignore` that lists itself still applies), else none.
 */
export function loadIgnore(ctx: BuildContext, dockerfilePath = 'Dockerfile'): IgnoreRules {
  const specific = clean(`${dockerfilePath}.dockerignore`);
  const own = lookupFile(ctx, specific);
  if (own !== undefined) return ignoreRulesFrom(readIgnoreFile(own.content), specific);
  const root = lookupFile(ctx, '.dockerignore');
  if (root !== undefined) return ignoreRulesFrom(readIgnoreFile(root.content), '.dockerignore');
  return NO_IGNORE;
}
