/** The mutable state of one expansion (BuildKit's shellWord) and the error the lexer raises internally. */
import type { RuneScanner } from './scanner.ts';
import type { EnvGetter, Lex } from './types.ts';

/** One expansion in progress: the configuration, the reader, the lookups made, and the words buffer. */
export interface ShellWord {
  readonly lex: Lex;
  readonly scanner: RuneScanner;
  readonly env: EnvGetter;
  /** Record matched/unmatched names (ProcessWord and ProcessWordWithMatches do, ProcessWords does not). */
  readonly capture: boolean;
  /** Whether escape tokens are kept; switched while reading a `${VAR#…}`, `%…` or `/…/…` operand. */
  rawEscapes: boolean;
  /**
   * The words buffer shared by every nested read, as in BuildKit: a nested `${VAR:-…}` read clears it,
   * so ProcessWords drops the part of a word written before such an expansion, exactly like BuildKit.
   */
  readonly wordsBuffer: { text: string };
  /** Build the words as well as the text (ProcessWord only needs the text). */
  readonly collectWords: boolean;
  readonly matches: Set<string>;
  readonly nonmatches: Set<string>;
}

/** A lexer error carrying BuildKit's message; caught at the top and turned into a result. */
export class ShellError extends Error {}

/** BuildKit's getEnv: looks a name up and records it as matched or unmatched. */
export function getEnv(sw: ShellWord, name: string): string | undefined {
  const value = sw.env.get(name);
  if (sw.capture) (value !== undefined ? sw.matches : sw.nonmatches).add(name);
  return value;
}
