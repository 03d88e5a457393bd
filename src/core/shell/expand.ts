// Tracks BuildKit frontend/dockerfile/shell/lex.go (Lex.ProcessWord, ProcessWords, ProcessWordWithMatches)
/** Entry points of the shell lexer: expand a word, split it into words, report the variables used. */
import { goQuote } from './go-quote.ts';
import { processStopOn } from './lex.ts';
import type { ReadWord } from './lex.ts';
import { newScanner } from './scanner.ts';
import { ShellError } from './state.ts';
import type { ShellWord } from './state.ts';
import type {
  EnvGetter,
  EscapeToken,
  Lex,
  LexOptions,
  ProcessWordResult,
  ProcessWordsResult,
  ProcessWordWithMatchesResult,
  ShellFailure,
} from './types.ts';
import { EOF } from './unicode.ts';

/** NewLex: a lexer with the given escape token and BuildKit's defaults for every other field. */
export function newLex(escapeToken: EscapeToken = '\\', fields: Omit<LexOptions, 'escapeToken'> = {}): Lex {
  return {
    escapeToken,
    rawQuotes: fields.rawQuotes ?? false,
    rawEscapes: fields.rawEscapes ?? false,
    skipProcessQuotes: fields.skipProcessQuotes ?? false,
    skipUnsetEnv: fields.skipUnsetEnv ?? false,
  };
}

type Outcome =
  | { readonly ok: true; readonly read: ReadWord; readonly sw: ShellWord }
  | ShellFailure;

// The lexers of the common options (only an escape token): one each, never changed, so shared by every call.
const DEFAULT_LEX: Readonly<Record<EscapeToken, Lex>> = { '\\': newLex('\\'), '`': newLex('`') };

/** The lexer for a call's options (a shared one when the options set nothing but the escape token). */
function lexFor(options: LexOptions): Lex {
  if (!options.rawQuotes && !options.rawEscapes && !options.skipProcessQuotes && !options.skipUnsetEnv) return DEFAULT_LEX[options.escapeToken ?? '\\'];
  return newLex(options.escapeToken ?? '\\', options);
}

/** The name sets of an expansion that records no names (getEnv adds to them only when capture is on). */
const NOT_CAPTURED: Set<string> = new Set();

function run(word: string, env: EnvGetter, options: LexOptions, capture: boolean, collectWords = true): Outcome {
  const lex = lexFor(options);
  const sw: ShellWord = {
    lex,
    scanner: newScanner(word),
    env,
    capture,
    rawEscapes: lex.rawEscapes,
    wordsBuffer: { text: '' },
    collectWords,
    // Without capture nothing is ever added: one shared empty set spares two sets per expansion.
    matches: capture ? new Set() : NOT_CAPTURED,
    nonmatches: capture ? new Set() : NOT_CAPTURED,
  };
  try {
    return { ok: true, read: processStopOn(sw, EOF, sw.rawEscapes), sw };
  } catch (error) {
    const detail =
      error instanceof ShellError ? error.message
      : error instanceof RangeError ? 'expansion nested too deeply'
      : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: `failed to process ${goQuote(word)}: ${detail}`, detail };
  }
}

/** True when the lexer would return `word` unchanged: no `$`, quote or escape token in it (and it reads no variable). */
export function isPlainWord(word: string, escapeToken: string): boolean {
  const esc = escapeToken.charCodeAt(0);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x24 || c === 0x22 || c === 0x27 || c === esc) return false;
  }
  return true;
}

/** The (read-only) empty name set a plain word answers with. */
const NO_NAMES: ReadonlySet<string> = new Set<string>();

/** ProcessWordWithMatches: the expanded word, its words, and the names found set (matched) or unset (unmatched). */
export function processWordWithMatches(word: string, env: EnvGetter, options: LexOptions = {}): ProcessWordWithMatchesResult {
  const outcome = run(word, env, options, true);
  if (!outcome.ok) return outcome;
  const { read, sw } = outcome;
  return { ok: true, value: read.result, words: read.words, matched: sw.matches, unmatched: sw.nonmatches };
}

/** ProcessWord: replaces variable references in `word`; also tells which names were set and unset. */
export function processWord(word: string, env: EnvGetter, options: LexOptions = {}): ProcessWordResult {
  // Without `$`, quotes or the escape token the lexer changes nothing and reads no variable.
  if (isPlainWord(word, options.escapeToken ?? '\\')) return { ok: true, value: word, matched: NO_NAMES, unmatched: NO_NAMES };
  const outcome = run(word, env, options, true, false);
  if (!outcome.ok) return outcome;
  return { ok: true, value: outcome.read.result, matched: outcome.sw.matches, unmatched: outcome.sw.nonmatches };
}

/** ProcessWord's text alone, or the failure: no result object and no name sets (the word itself when nothing expands). */
export function processWordText(word: string, env: EnvGetter, options: LexOptions = {}): string | ShellFailure {
  if (isPlainWord(word, options.escapeToken ?? '\\')) return word;
  const outcome = run(word, env, options, false, false);
  return outcome.ok ? outcome.read.result : outcome;
}

/** ProcessWords: expands `word`, then splits it on unquoted whitespace (BuildKit's word splitting). */
export function processWords(word: string, env: EnvGetter, options: LexOptions = {}): ProcessWordsResult {
  const outcome = run(word, env, options, false);
  if (!outcome.ok) return outcome;
  return { ok: true, words: outcome.read.words };
}
