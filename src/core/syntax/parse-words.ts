// Tracks BuildKit frontend/dockerfile/parser/line_parsers.go (parseWords)
/** Splits ENV/LABEL/ARG arguments into words, keeping quotes and escapes, with offsets. */
import { isGoSpace } from './go-text.ts';
import type { RawWord } from './split-command.ts';

/** BuildKit's parseWords: words are space separated unless quoted; offsets are into `rest`. */
export function parseWords(rest: string, escapeToken: string): RawWord[] {
  const words: RawWord[] = [];
  const chars = [...rest];
  const offsets: number[] = [];
  let off = 0;
  for (const ch of chars) {
    offsets.push(off);
    off += ch.length;
  }
  offsets.push(rest.length);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  let start = 0;
  const push = (i: number): void => {
    if (blankOK || word.length > 0) words.push({ value: word, start, end: offsets[i] ?? rest.length });
  };
  for (let i = 0; i <= chars.length; i += 1) {
    const ch = chars[i] ?? '';
    const atEnd = i === chars.length;
    if (phase === 'spaces') {
      if (atEnd) break;
      if (isGoSpace(ch.codePointAt(0) ?? 0)) continue;
      phase = 'word';
      start = offsets[i] ?? 0;
    }
    if (atEnd) {
      push(i);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch.codePointAt(0) ?? 0)) {
        phase = 'spaces';
        push(i);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (i + 1 === chars.length) continue;
        word += ch;
        i += 1;
        word += chars[i] ?? '';
        continue;
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escapeToken && quote !== "'") {
      if (i + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      word += ch;
      i += 1;
      word += chars[i] ?? '';
      continue;
    }
    word += ch;
  }
  return words;
}
