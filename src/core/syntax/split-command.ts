// Tracks BuildKit frontend/dockerfile/parser/split_command.go
/** Splits a logical line into keyword, leading `--flags` and the rest, with offsets into the line. */
import { isGoSpace, splitReWhitespace, trimSpaceBounds } from './go-text.ts';

/** A value with the [start, end) offsets of its source text in the logical line. */
export interface RawWord {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** splitCommand's result: the keyword, the flags and the trimmed rest. */
export interface SplitLine {
  readonly keyword: RawWord;
  readonly flags: readonly RawWord[];
  readonly rest: string;
  /** Offset of `rest` in the line. */
  readonly restStart: number;
}

interface Utf8View {
  readonly bytes: Uint8Array;
  /** For each byte (and the end), the UTF-16 offset of the rune holding it. */
  readonly charAt: readonly number[];
  /** For each byte, whether it starts a rune. */
  readonly runeStart: readonly boolean[];
}

function utf8View(text: string): Utf8View {
  const bytes = new TextEncoder().encode(text);
  const charAt: number[] = [];
  const runeStart: boolean[] = [];
  let char = 0;
  for (const ch of text) {
    const n = new TextEncoder().encode(ch).length;
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

/** The text from byte `pos` on; a rest cut inside a rune keeps one U+FFFD per stray byte. */
function restFrom(text: string, view: Utf8View, pos: number): { readonly rest: string; readonly start: number } {
  let p = pos;
  let stray = '';
  while (p < view.bytes.length && !view.runeStart[p]) {
    stray += '\uFFFD';
    p += 1;
  }
  const start = view.charAt[p] ?? text.length;
  return { rest: stray + text.slice(start), start: stray ? Math.max(0, start - 1) : start };
}

/** BuildKit's extractBuilderFlags: byte-wise scan of leading `--flag` words (escape token honoured). */
export function extractBuilderFlags(text: string, escapeToken: string): { flags: RawWord[]; rest: string; restStart: number } {
  const view = utf8View(text);
  const { bytes } = view;
  const esc = escapeToken.charCodeAt(0);
  const flags: RawWord[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let wordStart = 0;
  let quote = 0;
  let blankOK = false;
  const charOf = (b: number): number => view.charAt[b] ?? text.length;
  const push = (end: number): void => {
    flags.push({ value: word, start: charOf(wordStart), end: charOf(end) });
  };
  for (let pos = 0; pos <= bytes.length; pos += 1) {
    const ch = pos < bytes.length ? (bytes[pos] ?? 0) : 0;
    if (phase === 'spaces') {
      if (pos === bytes.length) break;
      if (isGoSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === bytes.length || bytes[pos + 1] !== 0x2d) {
        const r = restFrom(text, view, pos);
        return { flags, rest: r.rest, restStart: r.start };
      }
      phase = 'word';
      wordStart = pos;
    }
    if (pos === bytes.length) {
      if (word !== '--' && (blankOK || word.length > 0)) push(pos);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (word === '--') {
          const r = restFrom(text, view, pos);
          return { flags, rest: r.rest, restStart: r.start };
        }
        if (blankOK || word.length > 0) push(pos);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      let c = ch;
      if (c === esc) {
        if (pos + 1 === bytes.length) continue;
        pos += 1;
        c = bytes[pos] ?? 0;
      }
      word += String.fromCharCode(c);
      continue;
    }
    let c = ch;
    if (c === quote) {
      phase = 'word';
      continue;
    }
    if (c === esc) {
      if (pos + 1 === bytes.length) {
        phase = 'word';
        continue;
      }
      pos += 1;
      c = bytes[pos] ?? 0;
    }
    word += String.fromCharCode(c);
  }
  return { flags, rest: '', restStart: text.length };
}

/** BuildKit's splitCommand: keyword (case kept), flags, and the trimmed arguments. */
export function splitCommand(line: string, escapeToken: string): SplitLine {
  const bounds = trimSpaceBounds(line);
  const trimmed = line.slice(bounds.start, bounds.end);
  const parts = splitReWhitespace(trimmed, 2);
  const first = parts[0] ?? { value: '', start: 0, end: 0 };
  const keyword = { value: first.value, start: bounds.start + first.start, end: bounds.start + first.end };
  const second = parts[1];
  if (!second) return { keyword, flags: [], rest: '', restStart: keyword.end };
  const base = bounds.start + second.start;
  const extracted = extractBuilderFlags(second.value, escapeToken);
  const flags = extracted.flags.map((f) => ({ value: f.value, start: base + f.start, end: base + f.end }));
  const restBounds = trimSpaceBounds(extracted.rest);
  const rest = extracted.rest.slice(restBounds.start, restBounds.end);
  const restStart = base + extracted.restStart + restBounds.start;
  return { keyword, flags, rest, restStart: Math.min(restStart, line.length) };
}
