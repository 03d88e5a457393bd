/** The word reader of BuildKit's lexer: processStopOn, quotes, escapes and the `<<` heredoc marker. */
import { processDollar } from './dollar.ts';
import { next, peek } from './scanner.ts';
import { ShellError } from './state.ts';
import type { ShellWord } from './state.ts';
import { EOF, runeString } from './unicode.ts';
import { addChar, addRawChar, addRawString, addString, getWords, newWords, type WordsState } from './words.ts';
import { EMPTY_LIST } from '../empty-list.ts';

const DOLLAR = 0x24;
const LESS = 0x3c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

/** A word read up to a stop rune: the expanded text and its words. */
export interface ReadWord {
  readonly result: string;
  readonly words: readonly string[];
}

type SpecialReader = (sw: ShellWord) => string;

function specialReader(sw: ShellWord, ch: number): SpecialReader | undefined {
  if (ch === DOLLAR) return processDollar;
  if (ch === LESS) return processPossibleHeredoc;
  if (sw.lex.skipProcessQuotes) return undefined;
  if (ch === SINGLE_QUOTE) return processSingleQuote;
  if (ch === DOUBLE_QUOTE) return processDoubleQuote;
  return undefined;
}

/** processStopOn: reads until `stopChar` (consumed) or the end (EOF as stop), expanding as it goes. */
export function processStopOn(sw: ShellWord, stopChar: number, rawEscapes: boolean): ReadWord {
  const restore = rawEscapes !== sw.rawEscapes;
  if (restore) sw.rawEscapes = rawEscapes;
  try {
    return readUntil(sw, stopChar);
  } finally {
    if (restore) sw.rawEscapes = !rawEscapes;
  }
}

/** Length of the run of ordinary characters (none a reader, the escape token or the stop rune) from the scanner's place. */
function ordinaryRun(sw: ShellWord, stopChar: number, escape: number | undefined): number {
  const { text, pos } = sw.scanner;
  const quotes = !sw.lex.skipProcessQuotes;
  let end = pos;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === DOLLAR || c === LESS || c === escape || c === stopChar || (quotes && (c === SINGLE_QUOTE || c === DOUBLE_QUOTE))) break;
  }
  return end - pos;
}

function readUntil(sw: ShellWord, stopChar: number): ReadWord {
  const scanner = sw.scanner;
  const escape = sw.lex.escapeToken.codePointAt(0);
  let result = '';
  // ProcessWord needs only the text: the words (and the shared buffer BuildKit keeps for them) are built for the others.
  let words: WordsState | undefined;
  if (sw.collectWords) {
    sw.wordsBuffer.text = '';
    words = newWords(sw.wordsBuffer);
  }
  while (peek(scanner) !== EOF) {
    if (words === undefined && scanner.runes === undefined) {
      // Text without surrogates is read in place: a run of ordinary characters goes into the result as one slice.
      const run = ordinaryRun(sw, stopChar, escape);
      if (run > 0) {
        result += scanner.text.slice(scanner.pos, scanner.pos + run);
        scanner.pos += run;
        continue;
      }
    }
    const ch = peek(scanner);
    if (stopChar !== EOF && ch === stopChar) {
      next(scanner);
      return { result, words: words === undefined ? NO_WORDS : getWords(words) };
    }
    const reader = specialReader(sw, ch);
    if (reader !== undefined) {
      const text = reader(sw);
      result += text;
      if (words !== undefined) {
        if (ch === DOLLAR) addString(words, text);
        else addRawString(words, text);
      }
      continue;
    }
    let read = next(scanner);
    if (read === escape) {
      if (sw.rawEscapes) {
        if (words !== undefined) addRawChar(words, read);
        result += runeString(read);
      }
      read = next(scanner);
      if (read === EOF) break;
      if (words !== undefined) addRawChar(words, read);
    } else if (words !== undefined) {
      addChar(words, read);
    }
    result += runeString(read);
  }
  if (stopChar !== EOF) {
    throw new ShellError(`unexpected end of statement while looking for matching ${runeString(stopChar)}`);
  }
  return { result, words: words === undefined ? NO_WORDS : getWords(words) };
}

const NO_WORDS: readonly string[] = EMPTY_LIST;

/** Single quotes: everything literal up to the next `'`; there is no way to escape a `'`. */
function processSingleQuote(sw: ShellWord): string {
  const open = next(sw.scanner);
  let result = sw.lex.rawQuotes ? runeString(open) : '';
  for (;;) {
    const ch = next(sw.scanner);
    if (ch === EOF) throw new ShellError('unexpected end of statement while looking for matching single-quote');
    if (ch === SINGLE_QUOTE) return sw.lex.rawQuotes ? result + runeString(ch) : result;
    result += runeString(ch);
  }
}

/** Double quotes: `$` expands; the escape token escapes only `"`, `$` and itself, otherwise it stays. */
function processDoubleQuote(sw: ShellWord): string {
  const scanner = sw.scanner;
  const escape = sw.lex.escapeToken.codePointAt(0);
  const open = next(scanner);
  let result = sw.lex.rawQuotes ? runeString(open) : '';
  for (;;) {
    const ahead = peek(scanner);
    if (ahead === EOF) throw new ShellError('unexpected end of statement while looking for matching double-quote');
    if (ahead === DOUBLE_QUOTE) {
      const close = next(scanner);
      return sw.lex.rawQuotes ? result + runeString(close) : result;
    }
    if (ahead === DOLLAR) {
      result += processDollar(sw);
      continue;
    }
    let ch = next(scanner);
    if (ch === escape) {
      if (sw.rawEscapes) result += runeString(ch);
      const after = peek(scanner);
      if (after === EOF) continue;
      if (after === DOUBLE_QUOTE || after === DOLLAR || after === escape) ch = next(scanner);
    }
    result += runeString(ch);
  }
}

/** `<<` (plus following blanks) is kept whole so a heredoc marker is one word; a lone `<` is just text. */
function processPossibleHeredoc(sw: ShellWord): string {
  const scanner = sw.scanner;
  next(scanner);
  if (peek(scanner) !== LESS) return '<';
  next(scanner);
  let space = '';
  for (let ch = peek(scanner); ch === 0x09 || ch === 0x0d || ch === 0x20; ch = peek(scanner)) {
    space += runeString(ch);
    next(scanner);
  }
  return `<<${space}`;
}
