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

/**
 * parseWords over UTF-16 units when no unit is a surrogate (every character is then one unit and no stray byte
 * needs U+FFFD): a word is then its source slice, less an escape token left dangling at the very end.
 */
function parseWordsBmp(rest: string, esc: number): RawWord[] | undefined {
  const n = rest.length;
  const words: RawWord[] = [];
  let i = 0;
  while (i < n) {
    while (i < n && isGoSpace(rest.charCodeAt(i))) i += 1;
    if (i >= n) break;
    const start = i;
    let quote = 0;
    let blankOK = false;
    let dangling = false;
    for (; i < n; i += 1) {
      const c = rest.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return undefined;
      if (quote !== 0) {
        if (c === quote) quote = 0;
        else if (c === esc && quote !== 0x27) {
          if (i + 1 === n) {
            dangling = true;
            quote = 0;
          } else i += 1;
        }
        continue;
      }
      if (isGoSpace(c)) break;
      if (c === 0x27 || c === 0x22) {
        quote = c;
        blankOK = true;
      } else if (c === esc) {
        if (i + 1 === n) dangling = true;
        else i += 1;
      }
    }
    const value = rest.slice(start, dangling ? i - 1 : i);
    if (blankOK || value.length > 0) words.push({ value, start, end: i });
  }
  return words;
}

/** BuildKit's parseWords: words are space separated unless quoted; offsets are into `rest`. */
export function parseWords(rest: string, escapeToken: string): RawWord[] {
  const fast = parseWordsBmp(rest, escapeToken.charCodeAt(0));
  if (fast !== undefined) return fast;
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
