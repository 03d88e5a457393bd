// Tracks BuildKit frontend/dockerfile/parser/line_parsers.go (parseWords)
/** Splits ENV/LABEL/ARG arguments into words, keeping quotes and escapes, with offsets. */
import { isGoSpace } from './go-text.ts';
import type { RawWord } from './split-command.ts';
import { escapedByte } from './utf8.ts';

/** The scanner state of parseWords, over code points. */
interface WordScan {
  readonly chars: readonly string[];
  readonly esc: string;
  i: number;
  phase: 'spaces' | 'word' | 'quote';
  quote: string;
  blankOK: boolean;
  word: string;
}

function isSpace(ch: string): boolean {
  return isGoSpace(ch.codePointAt(0) ?? 0);
}

/** Appends the escape token and the character after it; at the very end the token is skipped. */
function appendEscaped(s: WordScan): boolean {
  if (s.i + 1 === s.chars.length) return false;
  s.word += s.chars[s.i] ?? '';
  s.i += 1;
  s.word += s.chars[s.i] ?? '';
  return true;
}

/** One character inside a word; returns true when the word ended at a space. */
function wordStep(s: WordScan, ch: string): boolean {
  if (isSpace(ch)) {
    s.phase = 'spaces';
    return true;
  }
  if (ch === "'" || ch === '"') {
    s.quote = ch;
    s.blankOK = true;
    s.phase = 'quote';
  }
  if (ch === s.esc) appendEscaped(s);
  else s.word += ch;
  return false;
}

/** One character inside quotes (the escape token works except inside single quotes). */
function quoteStep(s: WordScan, ch: string): void {
  if (ch === s.quote) s.phase = 'word';
  if (ch === s.esc && s.quote !== "'") {
    if (!appendEscaped(s)) s.phase = 'word';
    return;
  }
  s.word += ch;
}

/** BuildKit's parseWords: words are space separated unless quoted; offsets are into `rest`. */
export function parseWords(rest: string, escapeToken: string): RawWord[] {
  // Go decodes a stray byte as utf8.RuneError and writes U+FFFD.
  const chars = [...rest].map((ch) => (ch.length === 1 && escapedByte(ch.charCodeAt(0)) !== undefined ? '\uFFFD' : ch));
  const offsets: number[] = [];
  let off = 0;
  for (const ch of chars) {
    offsets.push(off);
    off += ch.length;
  }
  offsets.push(rest.length);
  const s: WordScan = { chars, esc: escapeToken, i: 0, phase: 'spaces', quote: '', blankOK: false, word: '' };
  const words: RawWord[] = [];
  let start = 0;
  const push = (at: number): void => {
    if (s.blankOK || s.word.length > 0) words.push({ value: s.word, start, end: offsets[at] ?? rest.length });
    s.word = '';
    s.blankOK = false;
  };
  for (; s.i <= chars.length; s.i += 1) {
    const ch = chars[s.i] ?? '';
    if (s.phase === 'spaces') {
      if (s.i === chars.length) break;
      if (isSpace(ch)) continue;
      s.phase = 'word';
      start = offsets[s.i] ?? 0;
    }
    if (s.i === chars.length) push(s.i);
    else if (s.phase === 'quote') quoteStep(s, ch);
    else if (wordStep(s, ch)) push(s.i);
  }
  return words;
}
