/** A rune reader with the Peek/Next behaviour of Go's text/scanner as the lexer uses it. */
import { EOF, toRunes } from './unicode.ts';

/** Reading position over the runes of one source text. */
export interface RuneScanner {
  readonly runes: readonly number[];
  pos: number;
}

/** Scanner.Init: like Go's text/scanner, a byte order mark at the very start is skipped. */
export function newScanner(text: string): RuneScanner {
  const runes = toRunes(text);
  return { runes, pos: runes[0] === 0xfeff ? 1 : 0 };
}

/** Scanner.Peek: the next rune without reading it, or EOF. */
export function peek(scanner: RuneScanner): number {
  return scanner.runes[scanner.pos] ?? EOF;
}

/** Scanner.Next: reads and returns the next rune, or EOF. */
export function next(scanner: RuneScanner): number {
  const ch = peek(scanner);
  if (ch !== EOF) scanner.pos++;
  return ch;
}
