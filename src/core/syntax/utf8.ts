/** UTF-8 views of strings for the places where BuildKit works on bytes, with stray bytes kept as surrogate escapes. */

/** A string's UTF-8 bytes with, per byte, the UTF-16 offset of the character holding it. */
export interface Utf8View {
  readonly bytes: Uint8Array;
  readonly charAt: readonly number[];
  readonly runeStart: readonly boolean[];
}

/** Builds the byte view of a string. */
export function utf8View(text: string): Utf8View {
  const encoder = new TextEncoder();
  const bytes = encoder.encode(text);
  const charAt: number[] = [];
  const runeStart: boolean[] = [];
  let char = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    for (let k = 0; k < n; k += 1) {
      charAt.push(char);
      runeStart.push(k === 0);
    }
    char += ch.length;
  }
  charAt.push(text.length);
  runeStart.push(true);
  return { bytes, charAt, runeStart };
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
  let out = '';
  let p = from;
  while (p < to) {
    if (!view.runeStart[p]) {
      out += escapeByte(view.bytes[p] ?? 0);
      p += 1;
      continue;
    }
    let q = p + 1;
    while (q < view.bytes.length && !view.runeStart[q]) q += 1;
    if (q > to) {
      for (; p < to; p += 1) out += escapeByte(view.bytes[p] ?? 0);
      break;
    }
    out += text.slice(view.charAt[p] ?? 0, view.charAt[q] ?? text.length);
    p = q;
  }
  return out;
}
