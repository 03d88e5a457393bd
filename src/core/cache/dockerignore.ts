// Tracks moby/patternmatcher (MatchesOrParentMatches) as used for .dockerignore by the BuildKit local source.
// Adapter until src/core/context lands.

interface Pattern {
  readonly negate: boolean;
  readonly regex: RegExp;
}

function cleanPattern(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function toRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (ch === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += /[.+^${}()|\\]/.test(ch) ? '\\' + ch : ch;
  }
  return new RegExp(`^${re}$`);
}

/** Parses .dockerignore text into ordered patterns. */
export function parseDockerignore(text: string): readonly Pattern[] {
  const out: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1).trim();
    const clean = cleanPattern(line);
    if (clean === '') continue;
    out.push({ negate, regex: toRegex(clean) });
  }
  return out;
}

/** True when the path (or one of its parent directories) is excluded; the last matching pattern wins. */
export function isIgnored(patterns: readonly Pattern[], path: string): boolean {
  if (patterns.length === 0) return false;
  const parts = path.split('/');
  let excluded = false;
  for (const p of patterns) {
    let match = false;
    for (let i = 1; i <= parts.length && !match; i++) match = p.regex.test(parts.slice(0, i).join('/'));
    if (match) excluded = !p.negate;
  }
  return excluded;
}
