// Tracks BuildKit frontend/dockerfile/shell/lex.go (ProcessWords with SkipUnsetEnv and no variables)
/** The slice of BuildKit's shell lexer the parser uses to find heredoc words; every variable is unset. */
import { goQuote, isGoSpace } from './go-text.ts';

/** Lexer switches (Lex.RawQuotes / Lex.RawEscapes); the escape token is always `\` here, as in BuildKit. */
export interface LexOptions {
  readonly rawQuotes: boolean;
  readonly rawEscapes: boolean;
}

interface LexState {
  readonly chars: readonly string[];
  pos: number;
  rawQuotes: boolean;
  rawEscapes: boolean;
  /** BuildKit shares one words buffer between nested processStopOn calls. */
  buffer: string;
}

const ESC = '\\';

function fail(message: string): never {
  throw new Error(message);
}

function peek(s: LexState): string | undefined {
  return s.chars[s.pos];
}

function next(s: LexState): string | undefined {
  const ch = s.chars[s.pos];
  if (ch !== undefined) s.pos += 1;
  return ch;
}

function isSpace(ch: string): boolean {
  return isGoSpace(ch.codePointAt(0) ?? 0);
}

interface Words {
  readonly list: string[];
  inWord: boolean;
}

function addRawChar(s: LexState, w: Words, ch: string): void {
  s.buffer += ch;
  w.inWord = true;
}

function addChar(s: LexState, w: Words, ch: string): void {
  if (isSpace(ch) && w.inWord) {
    if (s.buffer.length !== 0) {
      w.list.push(s.buffer);
      s.buffer = '';
      w.inWord = false;
    }
  } else if (!isSpace(ch)) addRawChar(s, w, ch);
}

function getWords(s: LexState, w: Words): string[] {
  if (s.buffer.length > 0) {
    w.list.push(s.buffer);
    s.buffer = '';
    w.inWord = false;
  }
  return w.list;
}

function processStopOn(s: LexState, stop: string | undefined, rawEscapes: boolean): { result: string; words: string[] } {
  let result = '';
  s.buffer = '';
  const w: Words = { list: [], inWord: false };
  const saved = s.rawEscapes;
  s.rawEscapes = rawEscapes;
  try {
    while (peek(s) !== undefined) {
      const ch = peek(s) ?? '';
      if (stop !== undefined && ch === stop) {
        next(s);
        return { result, words: getWords(s, w) };
      }
      const special = ch === '$' || ch === '<' || ch === "'" || ch === '"';
      if (special) {
        const tmp = ch === '$' ? processDollar(s) : ch === '<' ? processPossibleHeredoc(s) : processQuote(s, ch);
        result += tmp;
        if (ch === '$') for (const c of tmp) addChar(s, w, c);
        else {
          s.buffer += tmp;
          w.inWord = true;
        }
        continue;
      }
      let c = next(s) ?? '';
      if (c === ESC) {
        if (s.rawEscapes) {
          addRawChar(s, w, c);
          result += c;
        }
        const escaped = next(s);
        if (escaped === undefined) break;
        c = escaped;
        addRawChar(s, w, c);
      } else addChar(s, w, c);
      result += c;
    }
    if (stop !== undefined) fail(`unexpected end of statement while looking for matching ${stop}`);
    return { result, words: getWords(s, w) };
  } finally {
    if (saved !== rawEscapes) s.rawEscapes = !rawEscapes;
  }
}

function processQuote(s: LexState, quote: string): string {
  return quote === "'" ? processSingleQuote(s) : processDoubleQuote(s);
}

function processSingleQuote(s: LexState): string {
  let result = '';
  const open = next(s) ?? '';
  if (s.rawQuotes) result += open;
  for (;;) {
    const ch = next(s);
    if (ch === undefined) fail('unexpected end of statement while looking for matching single-quote');
    if (ch === "'") return s.rawQuotes ? result + ch : result;
    result += ch;
  }
}

function processDoubleQuote(s: LexState): string {
  let result = '';
  const open = next(s) ?? '';
  if (s.rawQuotes) result += open;
  for (;;) {
    const p = peek(s);
    if (p === undefined) fail('unexpected end of statement while looking for matching double-quote');
    if (p === '"') {
      next(s);
      return s.rawQuotes ? `${result}"` : result;
    }
    if (p === '$') {
      result += processDollar(s);
      continue;
    }
    let ch = next(s) ?? '';
    if (ch === ESC) {
      if (s.rawEscapes) result += ch;
      const after = peek(s);
      if (after === undefined) continue;
      if (after === '"' || after === '$' || after === ESC) ch = next(s) ?? '';
    }
    result += ch;
  }
}

function isSpecialParam(ch: string): boolean {
  return '@*#?-$!0'.includes(ch);
}

function processName(s: LexState): string {
  let name = '';
  for (let ch = peek(s); ch !== undefined; ch = peek(s)) {
    if (name === '' && /^\p{Nd}$/u.test(ch)) {
      while (peek(s) !== undefined && /^\p{Nd}$/u.test(peek(s) ?? '')) name += next(s) ?? '';
      return name;
    }
    if (name === '' && isSpecialParam(ch)) return next(s) ?? '';
    if (!/^[\p{L}\p{Nd}_]$/u.test(ch)) break;
    name += next(s) ?? '';
  }
  return name;
}

function processDollar(s: LexState): string {
  next(s);
  if (peek(s) !== '{') {
    const name = processName(s);
    return name === '' ? '$' : `$${name}`;
  }
  next(s);
  const first = peek(s);
  if (first === undefined) fail("syntax error: missing '}'");
  if (first === '{' || first === '}' || first === ':') fail('syntax error: bad substitution');
  const name = processName(s);
  let ch = next(s);
  let chs = ch ?? '\uFFFD';
  if (ch === '}') return `\${${name}}`;
  let nullIsUnset = false;
  if (ch === ':') {
    nullIsUnset = true;
    ch = next(s);
    chs += ch ?? '\uFFFD';
  }
  if (nullIsUnset || (ch !== undefined && '+-?#%'.includes(ch))) {
    const raw = ch === '#' || ch === '%';
    if (nullIsUnset && raw) fail(`unsupported modifier (${chs}) in substitution`);
    const body = stopOnOrMissing(s, '}', raw, "syntax error: missing '}'");
    return `\${${name}${chs}${body}}`;
  }
  if (ch === '/') {
    if (peek(s) === '/') next(s);
    const pattern = stopOnOrMissing(s, '/', true, "syntax error: missing '/' in ${}");
    const replacement = stopOnOrMissing(s, '}', true, "syntax error: missing '}'");
    return `\${${name}/${pattern}/${replacement}}`;
  }
  return fail(`unsupported modifier (${chs}) in substitution`);
}

function stopOnOrMissing(s: LexState, stop: string, raw: boolean, missing: string): string {
  try {
    return processStopOn(s, stop, raw).result;
  } catch (error) {
    if (peek(s) === undefined) fail(missing);
    throw error;
  }
}

function processPossibleHeredoc(s: LexState): string {
  next(s);
  if (peek(s) !== '<') return '<';
  next(s);
  let space = '';
  for (let ch = peek(s); ch === '\t' || ch === '\r' || ch === ' '; ch = peek(s)) space += next(s) ?? '';
  return `<<${space}`;
}

/** Lex.ProcessWords with SkipUnsetEnv and no variables; an error is returned, never thrown. */
export function processWords(text: string, options: LexOptions): { words: string[]; error?: string } {
  const state: LexState = { chars: [...text], pos: 0, buffer: '', ...options };
  try {
    return { words: processStopOn(state, undefined, options.rawEscapes).words };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { words: [], error: `failed to process ${goQuote(text)}: ${message}` };
  }
}
