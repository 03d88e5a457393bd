/** BuildKit's wordsStruct: collects the words of ProcessWords while a word is read. */
import { isSpace, runeString } from './unicode.ts';

/** Words found so far; `buf` is the (shared) buffer of the word being built. */
export interface WordsState {
  readonly buf: { text: string };
  readonly words: string[];
  inWord: boolean;
}

/** A fresh word collector over the given buffer. */
export function newWords(buf: { text: string }): WordsState {
  return { buf, words: [], inWord: false };
}

/** addChar: whitespace ends a non-empty word, anything else is part of the word. */
export function addChar(w: WordsState, ch: number): void {
  if (isSpace(ch) && w.inWord) {
    if (w.buf.text.length !== 0) {
      w.words.push(w.buf.text);
      w.buf.text = '';
      w.inWord = false;
    }
  } else if (!isSpace(ch)) {
    addRawChar(w, ch);
  }
}

/** addRawChar: a character that belongs to the word even if it is whitespace. */
export function addRawChar(w: WordsState, ch: number): void {
  w.buf.text += runeString(ch);
  w.inWord = true;
}

/** addString: the characters of an expansion, split on whitespace. */
export function addString(w: WordsState, text: string): void {
  for (const ch of text) addChar(w, ch.codePointAt(0) ?? 0);
}

/** addRawString: quoted text, kept whole. */
export function addRawString(w: WordsState, text: string): void {
  w.buf.text += text;
  w.inWord = true;
}

/** getWords: the words, with the word in progress (if not empty) as the last one. */
export function getWords(w: WordsState): string[] {
  if (w.buf.text.length > 0) {
    w.words.push(w.buf.text);
    w.buf.text = '';
    w.inWord = false;
  }
  return w.words;
}
