/**
 * Translates the Go (RE2) regular expressions that moby/patternmatcher builds from .dockerignore patterns into
 * JavaScript RegExps with the same meaning: `.` never matches `\n`, classes follow RE2 rules (a `]` right after
 * `[` or `[^` is a literal, `[:alpha:]` names, Perl escapes), a bad expression is an error as in Go.
 */
import { runes } from './go-match.ts';

/** Thrown when Go's regexp.Compile would reject the expression (or Layerlab does not model the construct). */
export class RegexpSyntaxError extends Error {
  /** Creates the error with Go's reason. */
  constructor(reason: string, expr: string) {
    super(`error parsing regexp: ${reason}: \`${expr}\``);
    this.name = 'RegexpSyntaxError';
  }
}

type Range = readonly [number, number];
const MAX_RUNE = 0x10ffff;

const POSIX: Readonly<Record<string, readonly Range[]>> = {
  alnum: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]],
  alpha: [[0x41, 0x5a], [0x61, 0x7a]],
  ascii: [[0x00, 0x7f]],
  blank: [[0x09, 0x09], [0x20, 0x20]],
  cntrl: [[0x00, 0x1f], [0x7f, 0x7f]],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  space: [[0x09, 0x0d], [0x20, 0x20]],
  upper: [[0x41, 0x5a]],
  word: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]],
  xdigit: [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]],
};

const PERL: Readonly<Record<string, readonly Range[]>> = {
  d: [[0x30, 0x39]],
  s: [[0x09, 0x0a], [0x0c, 0x0d], [0x20, 0x20]],
  w: [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]],
};

const CONTROL: Readonly<Record<string, number>> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** Compiles a Go regular expression (the subset patternmatcher can produce) to an equivalent JS RegExp. */
export function compileGoRegexp(expr: string): RegExp {
  const src = runes(expr);
  const fail = (reason: string): never => {
    throw new RegexpSyntaxError(reason, expr);
  };
  let i = 0;
  let out = '';
  while (i < src.length) {
    const c = src[i] as number;
    const ch = String.fromCodePoint(c);
    if (ch === '[') {
      const [cls, next] = parseClass(src, i + 1, fail);
      out += cls;
      i = next;
    } else if (ch === '\\') {
      const [js, next] = parseEscape(src, i + 1, false, fail);
      out += js;
      i = next;
    } else if (ch === '.') {
      out += '[^\\n]';
      i++;
    } else if (ch === '(') {
      if (src[i + 1] === 0x3f) fail('unsupported group syntax');
      out += '(?:';
      i++;
    } else if ('^$)*+?|'.includes(ch)) {
      out += ch;
      i++;
    } else {
      out += literal(c);
      i++;
    }
  }
  try {
    return new RegExp(out, 'u');
  } catch {
    return fail('invalid expression');
  }
}

function literal(c: number): string {
  return /[0-9A-Za-z]/.test(String.fromCodePoint(c)) ? String.fromCodePoint(c) : `\\u{${c.toString(16)}}`;
}

function classString(ranges: readonly Range[], negated: boolean): string {
  const body = ranges.map(([lo, hi]) => (lo === hi ? `\\u{${lo.toString(16)}}` : `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`));
  return `[${negated ? '^' : ''}${body.join('')}]`;
}

function complement(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE]);
  return out;
}

type Fail = (reason: string) => never;

/** Parses a class body starting after `[`; returns the JS class and the index after `]`. */
function parseClass(src: readonly number[], start: number, fail: Fail): [string, number] {
  let i = start;
  let negated = false;
  if (src[i] === 0x5e) {
    negated = true;
    i++;
  }
  const ranges: Range[] = [];
  for (let first = true; ; first = false) {
    if (i >= src.length) fail('missing closing ]');
    const c = src[i] as number;
    if (c === 0x5d && !first) return [classString(ranges, negated), i + 1];
    if (c === 0x5b && src[i + 1] === 0x3a) {
      const named = namedClass(src, i, fail);
      if (named !== undefined) {
        ranges.push(...named[0]);
        i = named[1];
        continue;
      }
    }
    let lo: number;
    if (c === 0x5c) {
      const perl = perlClass(src[i + 1]);
      if (perl !== undefined) {
        ranges.push(...perl);
        i += 2;
        continue;
      }
      [lo, i] = escapedRune(src, i + 1, fail);
    } else {
      lo = c;
      i++;
    }
    let hi = lo;
    if (src[i] === 0x2d && i + 1 < src.length && src[i + 1] !== 0x5d) {
      const h = src[i + 1] as number;
      if (h === 0x5c) [hi, i] = escapedRune(src, i + 2, fail);
      else [hi, i] = [h, i + 2];
      if (hi < lo) fail('invalid character class range');
    }
    ranges.push([lo, hi]);
  }
}

function namedClass(src: readonly number[], at: number, fail: Fail): [readonly Range[], number] | undefined {
  for (let j = at + 2; j + 1 < src.length; j++) {
    if (src[j] !== 0x3a || src[j + 1] !== 0x5d) continue;
    let name = String.fromCodePoint(...src.slice(at + 2, j));
    const negated = name.startsWith('^');
    if (negated) name = name.slice(1);
    const ranges = POSIX[name];
    if (ranges === undefined) return fail('invalid character class range');
    return [negated ? complement(ranges) : ranges, j + 2];
  }
  return undefined;
}

function perlClass(c: number | undefined): readonly Range[] | undefined {
  if (c === undefined) return undefined;
  const ch = String.fromCodePoint(c);
  const ranges = PERL[ch.toLowerCase()];
  if (ranges === undefined) return undefined;
  return ch === ch.toLowerCase() ? ranges : complement(ranges);
}

/** Parses an escape (after `\`) outside a class: a JS fragment and the next index. */
function parseEscape(src: readonly number[], at: number, inClass: boolean, fail: Fail): [string, number] {
  const c = src[at];
  if (c === undefined) return fail('trailing backslash at end of expression');
  const ch = String.fromCodePoint(c);
  const perl = perlClass(c);
  if (perl !== undefined) return [classString(perl, false), at + 1];
  if (!inClass && (ch === 'b' || ch === 'B')) return [`\\${ch}`, at + 1];
  if (!inClass && ch === 'A') return ['^', at + 1];
  if (!inClass && ch === 'z') return ['$', at + 1];
  const [r, next] = escapedRune(src, at, fail);
  return [literal(r), next];
}

/** Parses an escape that stands for one rune (after `\`): punctuation, octal, hex or a control letter. */
function escapedRune(src: readonly number[], at: number, fail: Fail): [number, number] {
  const c = src[at];
  if (c === undefined) return fail('trailing backslash at end of expression');
  const ch = String.fromCodePoint(c);
  if (c < 0x80 && !/[0-9A-Za-z]/.test(ch)) return [c, at + 1];
  const ctl = CONTROL[ch];
  if (ctl !== undefined) return [ctl, at + 1];
  const isOct = (x: number | undefined): boolean => x !== undefined && x >= 0x30 && x <= 0x37;
  if (ch === '0' || (isOct(c) && isOct(src[at + 1]))) {
    let j = at + 1;
    while (j < at + 3 && isOct(src[j])) j++;
    return [parseInt(String.fromCodePoint(...src.slice(at, j)), 8), j];
  }
  if (ch === 'x') return hexEscape(src, at + 1, fail);
  return fail(`invalid escape sequence: \`\\${ch}\``);
}

function hexEscape(src: readonly number[], at: number, fail: Fail): [number, number] {
  const isHex = (x: number | undefined): boolean => x !== undefined && /[0-9A-Fa-f]/.test(String.fromCodePoint(x));
  if (src[at] === 0x7b) {
    let j = at + 1;
    while (isHex(src[j])) j++;
    if (j === at + 1 || src[j] !== 0x7d) return fail('invalid escape sequence');
    const v = parseInt(String.fromCodePoint(...src.slice(at + 1, j)), 16);
    if (v > MAX_RUNE) return fail('invalid escape sequence');
    return [v, j + 1];
  }
  if (!isHex(src[at]) || !isHex(src[at + 1])) return fail('invalid escape sequence');
  return [parseInt(String.fromCodePoint(src[at] as number, src[at + 1] as number), 16), at + 2];
}
