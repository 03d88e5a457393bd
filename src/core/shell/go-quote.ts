/** Go's strconv.Quote (the `%q` verb), so error messages read exactly like BuildKit's. */
import { isPrint, toRunes } from './unicode.ts';

const named: Readonly<Record<number, string>> = {
  0x07: '\\a', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x0b: '\\v',
};

function hex(ch: number, width: number): string {
  return ch.toString(16).padStart(width, '0');
}

function quoteRune(ch: number): string {
  if (ch === 0x22 || ch === 0x5c) return `\\${String.fromCodePoint(ch)}`;
  if (isPrint(ch)) return String.fromCodePoint(ch);
  const name = named[ch];
  if (name !== undefined) return name;
  if (ch < 0x20 || ch === 0x7f) return `\\x${hex(ch, 2)}`;
  if (ch < 0x10000) return `\\u${hex(ch, 4)}`;
  return `\\U${hex(ch, 8)}`;
}

/** Quotes text the way Go's strconv.Quote does. */
export function goQuote(text: string): string {
  return `"${toRunes(text).map(quoteRune).join('')}"`;
}
