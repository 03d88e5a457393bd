/** A rune reader with the Peek/Next behaviour of Go's text/scanner as the lexer uses it. */
import { EOF, toRunes } from './unicode.ts';

/** Reading position over the runes of one source text. */
export interface RuneScanner {
  /** The runes, or undefined when no UTF-16 unit of `text` is a surrogate: every unit is then a rune, read in place. */
  readonly runes: readonly number[] | undefined;
  readonly text: string;
  pos: number;
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Scanner.Init: like Go's text/scanner, a byte order mark at the very start is skipped. */
export function newScanner(text: string): RuneScanner {
  const runes = hasSurrogate(text) ? toRunes(text) : undefined;
  const first = runes === undefined ? text.charCodeAt(0) : runes[0];
  return { runes, text, pos: first === 0xfeff ? 1 : 0 };
}

/** Scanner.Peek: the next rune without reading it, or EOF. */
export function peek(scanner: RuneScanner): number {
  if (scanner.runes === undefined) return scanner.pos < scanner.text.length ? scanner.text.charCodeAt(scanner.pos) : EOF;
  return scanner.runes[scanner.pos] ?? EOF;
}

/** Scanner.Next: reads and returns the next rune, or EOF. */
export function next(scanner: RuneScanner): number {
  const ch = peek(scanner);
  if (ch !== EOF) scanner.pos++;
  return ch;
}
