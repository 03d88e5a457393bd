/** Rune classes as Go's `unicode` package defines them (IsSpace, IsLetter, IsDigit) and strconv.IsPrint. */

/** Go's `text/scanner` EOF rune. */
export const EOF = -1;

const letter = /^\p{L}$/u;
const decimalDigit = /^\p{Nd}$/u;
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go unicode.IsSpace: Latin-1 spaces plus the Unicode White_Space property. */
export function isSpace(ch: number): boolean {
  switch (ch) {
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0x85: case 0xa0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
      return true;
    default:
      return ch >= 0x2000 && ch <= 0x200a;
  }
}

/** Go unicode.IsLetter (general category L). */
export function isLetter(ch: number): boolean {
  if (ch < 0x80) return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
  return letter.test(String.fromCodePoint(ch));
}

/** Go unicode.IsDigit (general category Nd). */
export function isDigit(ch: number): boolean {
  if (ch >= 0x30 && ch <= 0x39) return true;
  return ch > 0x7f && decimalDigit.test(String.fromCodePoint(ch));
}

/** Go strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(ch: number): boolean {
  return ch === 0x20 || (ch >= 0 && printable.test(String.fromCodePoint(ch)));
}

/** Go's string(rune): invalid runes (EOF, surrogates, out of range) become U+FFFD. */
export function runeString(ch: number): string {
  if (ch >= 0 && ch < 0xd800) return String.fromCharCode(ch);
  if (ch < 0 || ch > 0x10ffff || ch <= 0xdfff) return '\ufffd';
  return String.fromCodePoint(ch);
}

/** The runes of a string as Go sees its UTF-8 bytes: lone surrogates become U+FFFD. */
export function toRunes(text: string): number[] {
  const n = text.length;
  const runes: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      runes.push(c);
      continue;
    }
    const low = c <= 0xdbff && i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      runes.push(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      i += 1;
    } else runes.push(0xfffd);
  }
  return runes;
}

/** Joins runes back into a string (in chunks, so long texts never overflow the argument limit). */
export function runesToString(runes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < runes.length; i += 4096) out += String.fromCodePoint(...runes.slice(i, i + 4096));
  return out;
}
