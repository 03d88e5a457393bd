/** Public types of the shell word lexer (BuildKit frontend/dockerfile/shell). */

/** The escape token of a Dockerfile: `\` by default, or a backtick via `# escape=`. */
export type EscapeToken = '\\' | '`';

/** BuildKit's EnvGetter: look a name up (undefined when unset) and list the names. */
export interface EnvGetter {
  readonly get: (name: string) => string | undefined;
  readonly keys: () => readonly string[];
}

/** A lexer configuration mirroring BuildKit's `shell.Lex` fields. */
export interface Lex {
  /** The escape token (`NewLex(escapeToken)`). */
  readonly escapeToken: EscapeToken;
  /** Keep the quote characters in the result (Lex.RawQuotes). */
  readonly rawQuotes: boolean;
  /** Keep escape tokens in the result (Lex.RawEscapes). */
  readonly rawEscapes: boolean;
  /** Treat quotes as plain characters (Lex.SkipProcessQuotes). */
  readonly skipProcessQuotes: boolean;
  /** Leave references to unset variables as written (Lex.SkipUnsetEnv). */
  readonly skipUnsetEnv: boolean;
}

/** Options accepted by the process functions: any Lex field, defaults as in `NewLex('\\')`. */
export type LexOptions = Partial<Lex>;

/** A failed expansion: `error` is BuildKit's full message, `detail` the cause without the `failed to process` prefix. */
export interface ShellFailure {
  readonly ok: false;
  readonly error: string;
  readonly detail: string;
}

/** ProcessWord's answer: the expanded word and the variable names looked up, set (matched) or not (unmatched). */
export type ProcessWordResult =
  | {
      readonly ok: true;
      readonly value: string;
      readonly matched: ReadonlySet<string>;
      readonly unmatched: ReadonlySet<string>;
    }
  | ShellFailure;

/** ProcessWordWithMatches' answer: BuildKit's ProcessWordResult (Result, Words, Matched, Unmatched). */
export type ProcessWordWithMatchesResult =
  | {
      readonly ok: true;
      readonly value: string;
      readonly words: readonly string[];
      readonly matched: ReadonlySet<string>;
      readonly unmatched: ReadonlySet<string>;
    }
  | ShellFailure;

/** ProcessWords' answer: the word split into words after expansion. */
export type ProcessWordsResult = { readonly ok: true; readonly words: readonly string[] } | ShellFailure;
