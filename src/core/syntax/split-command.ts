// Tracks BuildKit frontend/dockerfile/parser/split_command.go
/** Splits a logical line into keyword, leading `--flags` and the rest, with offsets into the line. */
import { isGoSpace, isReWhitespaceCode, leftSpaceEnd, rightSpaceStart } from './go-text.ts';
import { charOffset, decodeRange, type Utf8View, utf8View } from './utf8.ts';
import { EMPTY_LIST } from '../empty-list.ts';

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

/** The text from byte `pos` on; bytes cut out of their character stay as surrogate escapes. */
function restOf(text: string, view: Utf8View, pos: number): { readonly rest: string; readonly restStart: number } {
  return { rest: decodeRange(text, view, pos, view.bytes.length), restStart: charOffset(view, pos) ?? text.length };
}

/** The scanner state of extractBuilderFlags. */
interface FlagScan {
  readonly bytes: Uint8Array;
  readonly esc: number;
  pos: number;
  phase: 'spaces' | 'word' | 'quote';
  word: string;
  wordStart: number;
  quote: number;
  blankOK: boolean;
}

/** Appends the byte at `pos` (or the byte after an escape token) as Go's WriteRune(rune(byte)) does. */
function appendByte(s: FlagScan, quoted: boolean): void {
  let c = s.bytes[s.pos] ?? 0;
  if (c === s.esc) {
    if (s.pos + 1 === s.bytes.length) {
      if (quoted) s.phase = 'word';
      return;
    }
    s.pos += 1;
    c = s.bytes[s.pos] ?? 0;
  }
  s.word += String.fromCharCode(c);
}

/** What a byte inside a word did: nothing special, ended the word at a space, or ended the flags (`--`). */
type WordStep = 'more' | 'ended' | 'rest';

/** One byte inside a word. */
function wordStep(s: FlagScan): WordStep {
  const ch = s.bytes[s.pos] ?? 0;
  if (isGoSpace(ch)) {
    s.phase = 'spaces';
    return s.word === '--' ? 'rest' : 'ended';
  }
  if (ch === 0x27 || ch === 0x22) {
    s.quote = ch;
    s.blankOK = true;
    s.phase = 'quote';
  } else appendByte(s, false);
  return 'more';
}

/** One byte inside quotes. */
function quoteStep(s: FlagScan): void {
  if (s.bytes[s.pos] === s.quote) s.phase = 'word';
  else appendByte(s, true);
}

function startsFlag(bytes: Uint8Array, pos: number): boolean {
  return bytes[pos] === 0x2d && pos + 1 < bytes.length && bytes[pos + 1] === 0x2d;
}

/**
 * Go's IsSpace for an ASCII byte only. Not isGoSpace on a character: U+0085 or U+00A0 is two bytes in UTF-8, neither of
 * which the byte scan takes for a space, so a non-ASCII character must stop the character scan instead.
 */
const asciiSpace = (c: number): boolean => c < 0x80 && isGoSpace(c);

/**
 * extractBuilderFlags over characters while every character it reads is ASCII: bytes and characters then line up,
 * so the flags are slices and the rest is a plain slice. It reads `text[from, n)` in place, and offsets are `text`'s.
 * Undefined when it meets a non-ASCII character (the byte scan then decides).
 */
function extractFlagsAscii(text: string, from: number, n: number, esc: number): { flags: RawWord[]; rest: string; restStart: number } | undefined {
  const flags: RawWord[] = [];
  let pos = from;
  for (;;) {
    while (pos < n && asciiSpace(text.charCodeAt(pos))) pos += 1;
    if (pos === n) return { flags, rest: '', restStart: n };
    const first = text.charCodeAt(pos);
    if (first >= 0x80) return undefined;
    if (first !== 0x2d || pos + 1 >= n || text.charCodeAt(pos + 1) !== 0x2d) return { flags, rest: text.slice(pos, n), restStart: pos };
    const wordStart = pos;
    let word = '';
    let seg = pos;
    let quote = 0;
    let blankOK = false;
    for (; pos < n; pos += 1) {
      const c = text.charCodeAt(pos);
      if (c >= 0x80) return undefined;
      if (c === esc) {
        // The escape token is dropped and the byte after it kept; at the very end nothing is kept.
        word += text.slice(seg, pos);
        if (pos + 1 === n) {
          seg = n;
          continue;
        }
        pos += 1;
        if (text.charCodeAt(pos) >= 0x80) return undefined;
        seg = pos;
        continue;
      }
      if (quote !== 0) {
        if (c === quote) {
          word += text.slice(seg, pos);
          seg = pos + 1;
          quote = 0;
        }
        continue;
      }
      if (asciiSpace(c)) break;
      if (c === 0x27 || c === 0x22) {
        word += text.slice(seg, pos);
        seg = pos + 1;
        quote = c;
        blankOK = true;
      }
    }
    word += text.slice(seg, pos);
    if (pos === n) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push({ value: word, start: wordStart, end: n });
      return { flags, rest: '', restStart: n };
    }
    if (word === '--') return { flags, rest: text.slice(pos, n), restStart: pos };
    if (blankOK || word.length > 0) flags.push({ value: word, start: wordStart, end: pos });
  }
}

/** BuildKit's extractBuilderFlags as it runs, byte by byte over the UTF-8 text: leading `--flag` words (escape token honoured). */
function extractFlagsBytes(text: string, escapeToken: string): { flags: RawWord[]; rest: string; restStart: number } {
  const view = utf8View(text);
  const s: FlagScan = { bytes: view.bytes, esc: escapeToken.charCodeAt(0), pos: 0, phase: 'spaces', word: '', wordStart: 0, quote: 0, blankOK: false };
  const flags: RawWord[] = [];
  const charOf = (b: number): number => charOffset(view, b) ?? text.length;
  const finish = (pos: number) => ({ flags, ...restOf(text, view, pos) });
  const n = s.bytes.length;
  for (; s.pos <= n; s.pos += 1) {
    if (s.phase === 'spaces') {
      if (s.pos === n) break;
      if (isGoSpace(s.bytes[s.pos] ?? 0)) continue;
      if (!startsFlag(s.bytes, s.pos)) return finish(s.pos);
      s.phase = 'word';
      s.wordStart = s.pos;
    }
    if (s.pos === n) {
      if (s.word !== '--' && (s.blankOK || s.word.length > 0)) flags.push({ value: s.word, start: charOf(s.wordStart), end: charOf(n) });
      break;
    }
    if (s.phase === 'quote') {
      quoteStep(s);
      continue;
    }
    const step = wordStep(s);
    if (step === 'rest') return finish(s.pos);
    if (step === 'ended') {
      if (s.blankOK || s.word.length > 0) flags.push({ value: s.word, start: charOf(s.wordStart), end: charOf(s.pos) });
      s.word = '';
      s.blankOK = false;
    }
  }
  return { flags, rest: '', restStart: text.length };
}

const NO_FLAGS: readonly RawWord[] = EMPTY_LIST;

/** Words with their offsets moved by `by` (the same list when there is nothing to move). */
export function shiftWords(words: readonly RawWord[], by: number): readonly RawWord[] {
  return by === 0 || words.length === 0 ? words : words.map((w) => ({ value: w.value, start: w.start + by, end: w.end + by }));
}

/** BuildKit's splitCommand: keyword (case kept), flags, and the trimmed arguments. */
export function splitCommand(line: string, escapeToken: string): SplitLine {
  const start = leftSpaceEnd(line);
  const end = Math.max(start, rightSpaceStart(line));
  // reWhitespace.Split(trimmed, 2): the keyword runs to the first [\t\v\f\r ], the rest starts after the run of them.
  let keywordEnd = start;
  while (keywordEnd < end && !isReWhitespaceCode(line.charCodeAt(keywordEnd))) keywordEnd += 1;
  const keyword = { value: line.slice(start, keywordEnd), start, end: keywordEnd };
  if (keywordEnd === end) return { keyword, flags: NO_FLAGS, rest: '', restStart: keyword.end };
  let base = keywordEnd;
  while (base < end && isReWhitespaceCode(line.charCodeAt(base))) base += 1;
  // The ASCII scan reads the line in place with the line's offsets; the byte scan works on the slice, shifted after.
  let extracted = extractFlagsAscii(line, base, end, escapeToken.charCodeAt(0));
  let shift = 0;
  if (extracted === undefined) {
    extracted = extractFlagsBytes(line.slice(base, end), escapeToken);
    shift = base;
  }
  const flags = extracted.flags.length === 0 ? NO_FLAGS : shiftWords(extracted.flags, shift);
  const rest = extracted.rest;
  const restLead = leftSpaceEnd(rest);
  const restStart = shift + extracted.restStart + restLead;
  return { keyword, flags, rest: rest.slice(restLead, Math.max(restLead, rightSpaceStart(rest))), restStart: Math.min(restStart, line.length) };
}
