/** UTF-8 views of strings for the places where BuildKit works on bytes, with stray bytes kept as surrogate escapes. */

/** A string's UTF-8 bytes with, per byte, the UTF-16 offset of the character holding it. */
export interface Utf8View {
  readonly bytes: Uint8Array;
  /** Empty in an ASCII view: read offsets with charOffset. */
  readonly charAt: readonly number[];
  readonly runeStart: readonly boolean[];
  /** True when every character is ASCII: bytes and characters then line up one to one. */
  readonly ascii?: boolean;
}

/** The view of an all-ASCII string (one byte per character), or undefined when a character is not ASCII. */
function asciiView(text: string): Utf8View | undefined {
  const n = text.length;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    bytes[i] = c;
  }
  // Offsets line up one to one: charAt/runeStart stay empty and charOffset answers from the byte index.
  return { bytes, charAt: NO_NUMBERS, runeStart: NO_FLAGS, ascii: true };
}

const NO_NUMBERS: readonly number[] = [];
const NO_FLAGS: readonly boolean[] = [];

/** The UTF-16 offset of byte `b` of a view (`view.charAt[b]`), or undefined past the end. */
export function charOffset(view: Utf8View, b: number): number | undefined {
  if (view.ascii === true) return b >= 0 && b <= view.bytes.length ? b : undefined;
  return view.charAt[b];
}

/** Builds the byte view of a string; a surrogate escape turns back into its one original byte. */
export function utf8View(text: string): Utf8View {
  const ascii = asciiView(text);
  if (ascii !== undefined) return ascii;
  const out: number[] = [];
  const charAt: number[] = [];
  const runeStart: boolean[] = [];
  for (let char = 0; char < text.length; ) {
    const code = text.codePointAt(char) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const stray = width === 1 ? escapedByte(code) : undefined;
    const encoded = code < 0x80 ? [code] : stray === undefined ? utf8Bytes(code) : [stray];
    for (let k = 0; k < encoded.length; k++) {
      out.push(encoded[k] ?? 0);
      charAt.push(char);
      runeStart.push(k === 0 && stray === undefined);
    }
    char += width;
  }
  charAt.push(text.length);
  runeStart.push(true);
  return { bytes: Uint8Array.from(out), charAt, runeStart };
}

/** The UTF-8 encoding of one code point (a lone surrogate encodes as U+FFFD, as TextEncoder does). */
function utf8Bytes(code: number): number[] {
  const point = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
  if (point < 0x800) return [0xc0 | (point >> 6), 0x80 | (point & 0x3f)];
  if (point < 0x10000) return [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f)];
  return [0xf0 | (point >> 18), 0x80 | ((point >> 12) & 0x3f), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f)];
}

/** A byte that is not part of a valid UTF-8 sequence, kept as U+DC80..U+DCFF (like Python's surrogateescape). */
export function escapeByte(byte: number): string {
  return String.fromCharCode(0xdc00 + byte);
}

/** The escaped byte a lone surrogate stands for, if it is one. */
export function escapedByte(unit: number): number | undefined {
  return unit >= 0xdc80 && unit <= 0xdcff ? unit - 0xdc00 : undefined;
}

/** Decodes bytes [from, to) of a view; bytes cut out of their character become surrogate escapes. */
export function decodeRange(text: string, view: Utf8View, from: number, to: number): string {
  if (view.ascii === true) return text.slice(from, to);
  let out = '';
  let p = from;
  while (p < to) {
    if (!view.runeStart[p]) {
      out += escapeByte(view.bytes[p] ?? 0);
      p += 1;
      continue;
    }
    let q = p + 1;
    while (q < view.bytes.length && view.charAt[q] === view.charAt[p]) q += 1;
    if (q > to) {
      for (; p < to; p += 1) out += escapeByte(view.bytes[p] ?? 0);
      break;
    }
    out += text.slice(view.charAt[p] ?? 0, view.charAt[q] ?? text.length);
    p = q;
  }
  return out;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (Go's utf8.DecodeRune rules), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const inRange = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return inRange(1, lo, hi) && inRange(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return inRange(1, lo, hi) && inRange(2) && inRange(3) ? 4 : 0;
  }
  return 0;
}

/** Decodes file bytes as BuildKit sees them: valid UTF-8 as text, every other byte as a surrogate escape. */
export function decodeUtf8Escaped(bytes: Uint8Array): string {
  const decoder = new TextDecoder();
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += escapeByte(bytes[i] ?? 0);
      i += 1;
      continue;
    }
    let j = i + n;
    while (j < bytes.length && sequenceLength(bytes, j) > 0) j += sequenceLength(bytes, j);
    out += decoder.decode(bytes.subarray(i, j));
    i = j;
  }
  return out;
}
