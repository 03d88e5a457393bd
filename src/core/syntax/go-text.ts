/** Go standard-library text semantics the parser depends on (unicode.IsSpace, strings.TrimSpace, strconv.Quote). */
import { escapedByte } from './utf8.ts';

const unicodeSpaces = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Go's unicode.IsSpace for one code point. */
export function isGoSpace(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0d);
  return unicodeSpaces.has(codePoint) || (codePoint >= 0x2000 && codePoint <= 0x200a);
}

/** Go's unicode.IsSpace applied to the character (code point) starting at `index`. */
export function isSpaceAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 0x80) return isGoSpace(c);
  const cp = text.codePointAt(index);
  return cp !== undefined && isGoSpace(cp);
}

/** Index of the first character that is not Go whitespace (strings.TrimLeftFunc(unicode.IsSpace)). */
export function leftSpaceEnd(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpaceAt(text, i)) i += 1;
  return i;
}

/** Index just after the last character that is not Go whitespace (strings.TrimRightFunc(unicode.IsSpace)). */
export function rightSpaceStart(text: string, until = text.length): number {
  let i = until;
  while (i > 0 && isSpaceAt(text, i - 1)) i -= 1;
  return i;
}

/** Go's strings.TrimSpace, returning the kept slice bounds. */
export function trimSpaceBounds(text: string): { readonly start: number; readonly end: number } {
  const start = leftSpaceEnd(text);
  return { start, end: Math.max(start, rightSpaceStart(text)) };
}

/** True for the bytes of Go's reWhitespace class `[\t\v\f\r ]`. */
export function isReWhitespace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f' || ch === '\r';
}

/** isReWhitespace on a UTF-16 code unit (no one-character strings in hot loops). */
export function isReWhitespaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** One piece of `reWhitespace.Split(text, n)` with its offsets. */
export interface Piece {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Go's `regexp.MustCompile("[\t\v\f\r ]+").Split(text, limit)` with offsets; limit < 0 means no limit. */
export function splitReWhitespace(text: string, limit: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (limit > 0 && pieces.length === limit - 1) break;
    if (!isReWhitespaceCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && isReWhitespaceCode(text.charCodeAt(j))) j += 1;
    pieces.push({ value: text.slice(start, i), start, end: i });
    start = j;
    i = j;
  }
  pieces.push({ value: text.slice(start), start, end: text.length });
  return pieces;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Go's strings.ToLower: simple per-rune lower-casing (no final-sigma or dotted-I expansion). */
export function goLower(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    if (ch === '\u0130') {
      out += 'i';
      continue;
    }
    const lower = ch.toLowerCase();
    out += [...lower].length === 1 ? lower : ch;
  }
  return out;
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const namedEscapes: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
};

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** One rune as Go's strconv.Quote writes it inside double quotes. */
function quoteRune(ch: string): string {
  const stray = escapedByte(ch.charCodeAt(0));
  if (ch.length === 1 && stray !== undefined) return `\\x${hex(stray, 2)}`;
  if (ch === '"' || ch === '\\') return `\\${ch}`;
  if (ch === ' ' || printable.test(ch)) return ch;
  const named = namedEscapes[ch];
  if (named !== undefined) return named;
  let cp = ch.codePointAt(0) ?? 0xfffd;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** Go's strconv.Quote (what `%q` prints for a string); surrogate-escaped stray bytes print as `\\xNN`. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) out += quoteRune(ch);
  return `${out}"`;
}
