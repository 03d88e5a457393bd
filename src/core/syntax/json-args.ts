// Tracks BuildKit frontend/dockerfile/parser/line_parsers.go (parseJSON)
/** The exec (JSON array) form: decides it exactly like BuildKit's parseJSON and keeps each element's offsets. */
import { leftSpaceEnd } from './go-text.ts';
import type { RawWord } from './split-command.ts';

/** BuildKit's errDockerfileNotStringArray text. */
export const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

/** The outcome of trying the exec form on some arguments. */
export type JsonArgs =
  | { readonly kind: 'json'; readonly words: readonly RawWord[] }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-strings'; readonly words: readonly RawWord[] };

/** Offsets [start, end) of each top-level element of a valid JSON array text starting at `open`. */
function elementSpans(text: string, open: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  let lastEnd = -1;
  for (let i = open; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') {
      if (depth === 1 && start < 0) start = i;
      i += 1;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (depth === 1) lastEnd = i + 1;
      continue;
    }
    if (ch === '[' || ch === '{') {
      if (depth === 1 && start < 0) start = i;
      depth += 1;
      continue;
    }
    if (ch === ']' || ch === '}') {
      depth -= 1;
      if (depth === 1) lastEnd = i + 1;
      if (depth === 0) {
        if (start >= 0) spans.push([start, lastEnd]);
        break;
      }
      continue;
    }
    if (depth !== 1) continue;
    if (ch === ',') {
      spans.push([start, lastEnd]);
      start = -1;
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') {
      if (start < 0) start = i;
      lastEnd = i + 1;
    }
  }
  return spans;
}

/** Go's json decoding turns lone surrogate escapes into U+FFFD. */
function goString(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const NOT_JSON: JsonArgs = { kind: 'not-json' };

/** JSON's white space (RFC 8259): space, tab, line feed, carriage return. */
const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * False when JSON.parse of `text[open…]` (which starts with `[`) would surely throw: the last character that is not
 * JSON white space must be `]`. Shell tests such as `[ -f x ] && …` fail here without an exception (a thrown
 * SyntaxError costs far more than the parse).
 */
function mayBeJsonArray(text: string, open: number): boolean {
  let end = text.length - 1;
  while (end > open && isJsonSpace(text.charCodeAt(end))) end -= 1;
  return end > open && text.charCodeAt(end) === 0x5d;
}

/** BuildKit's parseJSON on `rest` (offsets into `rest`). */
export function parseJsonArgs(rest: string): JsonArgs {
  const open = leftSpaceEnd(rest);
  if (rest[open] !== '[' || !mayBeJsonArray(rest, open)) return NOT_JSON;
  let parsed: unknown;
  try {
    parsed = JSON.parse(rest.slice(open));
  } catch {
    return NOT_JSON;
  }
  if (!Array.isArray(parsed)) return NOT_JSON;
  const spans = elementSpans(rest, open);
  const words = parsed.map((item: unknown, i) => {
    const [start, end] = spans[i] ?? [open, rest.length];
    const value = typeof item === 'string' ? goString(item) : rest.slice(start, end);
    return { value, start, end };
  });
  const allStrings = parsed.every((item: unknown) => typeof item === 'string');
  return allStrings ? { kind: 'json', words } : { kind: 'not-strings', words };
}
