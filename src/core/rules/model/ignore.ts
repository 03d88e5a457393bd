/** .dockerignore matching as BuildKit's patternmatcher does it (clean paths, `**`, `!` exclusions, parent matches). */

/** One compiled pattern. */
interface Pattern {
  readonly text: string;
  readonly exclusion: boolean;
  readonly regex: RegExp;
}

/** A compiled .dockerignore. */
export interface IgnoreMatcher {
  readonly patterns: readonly { readonly text: string; readonly exclusion: boolean }[];
  /** True when the path or one of its parents is excluded from the context. */
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

function compile(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Parses .dockerignore text (comments, blank lines, leading `/`, `!`). */
export function parseDockerignore(text: string): IgnoreMatcher {
  const patterns: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    line = cleanPath(line.replace(/^\/+/, ''));
    patterns.push({ text: line, exclusion, regex: compile(line) });
  }
  const matches = (path: string): boolean => {
    const clean = cleanPath(path.replace(/^\/+/, ''));
    const parents = clean.split('/').map((_, i, all) => all.slice(0, i + 1).join('/'));
    let matched = false;
    for (const p of patterns) {
      const hit = p.regex.test(clean) || parents.slice(0, -1).some((parent) => p.regex.test(parent));
      if (hit) matched = !p.exclusion;
    }
    return matched;
  };
  return { patterns, matches, hasExclusions: patterns.some((p) => p.exclusion) };
}
