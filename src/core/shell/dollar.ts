/** `$NAME`, `${NAME}` and the `${NAME<modifier>word}` forms (BuildKit's processDollar and processName). */
import { processStopOn } from './lex.ts';
import { next, peek } from './scanner.ts';
import { getEnv, ShellError } from './state.ts';
import type { ShellWord } from './state.ts';
import { replacePattern, trimPrefix, trimSuffix } from './substitute.ts';
import type { Substituted } from './substitute.ts';
import { EOF, isDigit, isLetter, runeString } from './unicode.ts';

const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COLON = 0x3a;
const SLASH = 0x2f;
const HASH = 0x23;
const PERCENT = 0x25;
const MISSING_BRACE = "syntax error: missing '}'";

function unsupported(chs: string): ShellError {
  return new ShellError(`unsupported modifier (${chs}) in substitution`);
}

/** processDollar: reads from `$` and returns the expansion. */
export function processDollar(sw: ShellWord): string {
  const scanner = sw.scanner;
  next(scanner);
  if (peek(scanner) !== LBRACE) {
    const name = processName(sw);
    if (name === '') return '$';
    const value = getEnv(sw, name);
    if (value === undefined && sw.lex.skipUnsetEnv) return `$${name}`;
    return value ?? '';
  }
  next(scanner);
  const first = peek(scanner);
  if (first === EOF) throw new ShellError(MISSING_BRACE);
  if (first === LBRACE || first === RBRACE || first === COLON) throw new ShellError('syntax error: bad substitution');
  const name = processName(sw);
  const ch = next(scanner);
  const chs = runeString(ch);
  switch (ch) {
    case RBRACE: {
      const value = getEnv(sw, name);
      if (value === undefined && sw.lex.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    case COLON: {
      const modifier = next(scanner);
      return processModifier(sw, name, modifier, chs + runeString(modifier), true);
    }
    case 0x2b: case 0x2d: case 0x3f: case HASH: case PERCENT:
      return processModifier(sw, name, ch, chs, false);
    case SLASH:
      return processReplace(sw, name);
    default:
      throw unsupported(chs);
  }
}

/** Reads a `${…}` operand up to `stop`; an error found at the end of input becomes `missing`. */
function readOperand(sw: ShellWord, stop: number, rawEscapes: boolean, missing: string): string {
  try {
    return processStopOn(sw, stop, rawEscapes).result;
  } catch (error) {
    if (error instanceof ShellError && peek(sw.scanner) === EOF) throw new ShellError(missing);
    throw error;
  }
}

/** The `-`, `+`, `?`, `#`, `%` modifiers, with `:` (nullIsUnset) before the first three. */
function processModifier(sw: ShellWord, name: string, ch: number, chs: string, nullIsUnset: boolean): string {
  const rawEscapes = ch === HASH || ch === PERCENT;
  if (nullIsUnset && rawEscapes) throw unsupported(chs);
  let word = readOperand(sw, RBRACE, rawEscapes, MISSING_BRACE);
  const value = getEnv(sw, name);
  if (sw.lex.skipUnsetEnv && value === undefined) return `\${${name}${chs}${word}}`;
  const unset = value === undefined || (nullIsUnset && value === '');
  switch (ch) {
    case 0x2d:
      return unset ? word : (value ?? '');
    case 0x2b:
      return unset ? '' : word;
    case 0x3f:
      if (value === undefined) throw new ShellError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
      if (unset) throw new ShellError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
      return value;
    case HASH:
    case PERCENT: {
      const greedy = word.length > 0 && word.codePointAt(0) === ch;
      if (greedy) word = word.slice(1);
      return unwrap(ch === PERCENT ? trimSuffix(word, value ?? '', greedy) : trimPrefix(word, value ?? '', greedy));
    }
    default:
      throw unsupported(chs);
  }
}

/** `${NAME/pattern/replacement}` and `${NAME//pattern/replacement}`. */
function processReplace(sw: ShellWord, name: string): string {
  const replaceAll = peek(sw.scanner) === SLASH;
  if (replaceAll) next(sw.scanner);
  const pattern = readOperand(sw, SLASH, true, "syntax error: missing '/' in ${}");
  const replacement = readOperand(sw, RBRACE, true, MISSING_BRACE);
  const value = getEnv(sw, name);
  if (sw.lex.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
  return unwrap(replacePattern(pattern, replacement, value ?? '', replaceAll));
}

function unwrap(outcome: Substituted): string {
  if (!outcome.ok) throw new ShellError(outcome.error);
  return outcome.value;
}

/** processName: a run of digits, one special parameter, or letters, digits and `_`. */
function processName(sw: ShellWord): string {
  const scanner = sw.scanner;
  let name = '';
  while (peek(scanner) !== EOF) {
    const ch = peek(scanner);
    if (name === '' && isDigit(ch)) {
      while (peek(scanner) !== EOF && isDigit(peek(scanner))) name += runeString(next(scanner));
      return name;
    }
    if (name === '' && isSpecialParam(ch)) return runeString(next(scanner));
    if (!isLetter(ch) && !isDigit(ch) && ch !== 0x5f) break;
    name += runeString(next(scanner));
  }
  return name;
}

/** POSIX special parameters: `@ * # ? - $ ! 0`. */
function isSpecialParam(ch: number): boolean {
  return '@*#?-$!0'.includes(String.fromCodePoint(ch));
}
