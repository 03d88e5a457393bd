/** Go's path.Match (and filepath.Match on Linux, the same rules): `*`, `?`, `[...]` classes, `\` escapes, `/` never matched. */

/** Thrown for a malformed pattern, like Go's path.ErrBadPattern. */
export class BadPatternError extends Error {
  /** Creates the error for `pattern`. */
  constructor(pattern: string) {
    super(`syntax error in pattern: ${JSON.stringify(pattern)}`);
    this.name = 'BadPatternError';
  }
}

type Runes = readonly number[];

const STAR = 0x2a;
const QUESTION = 0x3f;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const BACKSLASH = 0x5c;
const CARET = 0x5e;
const DASH = 0x2d;
const SLASH = 0x2f;

/** Splits a string into code points (Go iterates runes). */
export function runes(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0) as number);
}

/** Reports whether `name` matches the shell pattern; throws BadPatternError when the pattern is malformed anywhere. */
export function goMatch(pattern: string, name: string): boolean {
  const bad = (): never => {
    throw new BadPatternError(pattern);
  };
  let pat: Runes = runes(pattern);
  let nm: Runes = runes(name);
  outer: while (pat.length > 0) {
    const [star, chunk, rest] = scanChunk(pat);
    pat = rest;
    if (star && chunk.length === 0) return !nm.includes(SLASH);
    const first = matchChunk(chunk, nm, bad);
    if (first !== undefined && (first.length === 0 || pat.length > 0)) {
      nm = first;
      continue;
    }
    if (star) {
      for (let i = 0; i < nm.length && nm[i] !== SLASH; i++) {
        const t = matchChunk(chunk, nm.slice(i + 1), bad);
        if (t === undefined) continue;
        if (pat.length === 0 && t.length > 0) continue;
        nm = t;
        continue outer;
      }
    }
    // Before answering false, the rest of the pattern must still be well-formed.
    while (pat.length > 0) {
      const [, c, r] = scanChunk(pat);
      pat = r;
      matchChunk(c, [], bad);
    }
    return false;
  }
  return nm.length === 0;
}

/** True when the pattern is well-formed (Go's `filepath.Match(p, ".")` returns no error). */
export function isValidPattern(pattern: string): boolean {
  try {
    goMatch(pattern, '.');
    return true;
  } catch (e) {
    if (e instanceof BadPatternError) return false;
    throw e;
  }
}

function scanChunk(pattern: Runes): [boolean, Runes, Runes] {
  let star = false;
  let p = pattern;
  while (p.length > 0 && p[0] === STAR) {
    p = p.slice(1);
    star = true;
  }
  let inRange = false;
  let i = 0;
  scan: for (; i < p.length; i++) {
    switch (p[i]) {
      case BACKSLASH:
        if (i + 1 < p.length) i++;
        break;
      case LBRACKET:
        inRange = true;
        break;
      case RBRACKET:
        inRange = false;
        break;
      case STAR:
        if (!inRange) break scan;
        break;
    }
  }
  return [star, p.slice(0, i), p.slice(i)];
}

/** Matches one chunk at the start of `s`: the rest of `s`, or undefined; calls `bad` for a malformed chunk. */
function matchChunk(chunk: Runes, s: Runes, bad: () => never): Runes | undefined {
  let failed = false;
  let c = chunk;
  let str = s;
  while (c.length > 0) {
    if (!failed && str.length === 0) failed = true;
    const head = c[0] as number;
    if (head === LBRACKET) {
      let r = -1;
      if (!failed) {
        r = str[0] as number;
        str = str.slice(1);
      }
      c = c.slice(1);
      let negated = false;
      if (c.length > 0 && c[0] === CARET) {
        negated = true;
        c = c.slice(1);
      }
      let matched = false;
      for (let nrange = 0; ; nrange++) {
        if (c.length > 0 && c[0] === RBRACKET && nrange > 0) {
          c = c.slice(1);
          break;
        }
        const [lo, afterLo] = getEsc(c, bad);
        let hi = lo;
        c = afterLo;
        if (c[0] === DASH) [hi, c] = getEsc(c.slice(1), bad);
        if (lo <= r && r <= hi) matched = true;
      }
      if (matched === negated) failed = true;
      continue;
    }
    if (head === QUESTION) {
      if (!failed) {
        if (str[0] === SLASH) failed = true;
        str = str.slice(1);
      }
      c = c.slice(1);
      continue;
    }
    if (head === BACKSLASH) {
      c = c.slice(1);
      if (c.length === 0) bad();
    }
    if (!failed) {
      if (c[0] !== str[0]) failed = true;
      str = str.slice(1);
    }
    c = c.slice(1);
  }
  return failed ? undefined : str;
}

function getEsc(chunk: Runes, bad: () => never): [number, Runes] {
  let c = chunk;
  if (c.length === 0 || c[0] === DASH || c[0] === RBRACKET) bad();
  if (c[0] === BACKSLASH) {
    c = c.slice(1);
    if (c.length === 0) bad();
  }
  const r = c[0] as number;
  const rest = c.slice(1);
  if (rest.length === 0) bad();
  return [r, rest];
}
