// Tracks BuildKit frontend/dockerfile/shell/lex.go (ProcessWord with the options dockerfile2llb uses).
// Delegates to the shared lexer (src/core/shell); the small fallback below only runs when it reports a failure.
import { processWord } from '../../shell/index.ts';

/** Options of one expansion: RUN names keep quotes and unset variables (RawQuotes, SkipUnsetEnv). */
export interface ExpandOptions {
  readonly rawQuotes?: boolean;
  readonly skipUnset?: boolean;
  readonly escape?: string;
}

/** Looks a variable up; undefined when unset. */
export type EnvLookup = (name: string) => string | undefined;

interface Cursor {
  readonly text: string;
  pos: number;
}

const NAME_CHAR = /[A-Za-z0-9_]/;

/** Expansion failures BuildKit reports (unterminated quotes, bad substitutions), collected by the caller. */
export type ExpandFailures = string[];

/** Expands `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR//a/b}` and quotes of one word the way BuildKit's lexer does. */
export function expandWord(text: string, env: EnvLookup, options: ExpandOptions = {}, failures?: ExpandFailures): string {
  const escapeToken = options.escape === '`' ? '`' : '\\';
  const r = processWord(text, { get: env, keys: () => [] }, { escapeToken, rawQuotes: options.rawQuotes ?? false, skipUnsetEnv: options.skipUnset ?? false });
  if (r.ok) return r.value;
  failures?.push(r.error);
  const cursor: Cursor = { text, pos: 0 };
  return processUntil(cursor, env, options, '');
}

function processUntil(c: Cursor, env: EnvLookup, o: ExpandOptions, stop: string): string {
  const esc = o.escape ?? '\\';
  let out = '';
  while (c.pos < c.text.length) {
    const ch = c.text[c.pos]!;
    if (stop !== '' && ch === stop) return out;
    if (ch === "'") out += singleQuoted(c, o);
    else if (ch === '"') out += doubleQuoted(c, env, o);
    else if (ch === '$') out += dollar(c, env, o);
    else if (ch === esc) {
      c.pos++;
      if (c.pos < c.text.length) out += c.text[c.pos++];
    } else {
      out += ch;
      c.pos++;
    }
  }
  return out;
}

function singleQuoted(c: Cursor, o: ExpandOptions): string {
  const end = c.text.indexOf("'", c.pos + 1);
  const stop = end < 0 ? c.text.length : end;
  const body = c.text.slice(c.pos + 1, stop);
  c.pos = end < 0 ? c.text.length : end + 1;
  return o.rawQuotes ? `'${body}'` : body;
}

function doubleQuoted(c: Cursor, env: EnvLookup, o: ExpandOptions): string {
  const esc = o.escape ?? '\\';
  c.pos++;
  let out = '';
  while (c.pos < c.text.length && c.text[c.pos] !== '"') {
    const ch = c.text[c.pos]!;
    if (ch === '$') out += dollar(c, env, o);
    else if (ch === esc && c.pos + 1 < c.text.length && ['"', '$', esc].includes(c.text[c.pos + 1]!)) {
      out += c.text[c.pos + 1];
      c.pos += 2;
    } else {
      out += ch;
      c.pos++;
    }
  }
  c.pos++;
  return o.rawQuotes ? `"${out}"` : out;
}

function dollar(c: Cursor, env: EnvLookup, o: ExpandOptions): string {
  const start = c.pos;
  c.pos++;
  if (c.text[c.pos] === '{') return braced(c, env, o, start);
  let name = '';
  while (c.pos < c.text.length && NAME_CHAR.test(c.text[c.pos]!)) name += c.text[c.pos++];
  if (name === '') return '$';
  const value = env(name);
  if (value === undefined) return o.skipUnset ? c.text.slice(start, c.pos) : '';
  return value;
}

function braced(c: Cursor, env: EnvLookup, o: ExpandOptions, start: number): string {
  c.pos++;
  let name = '';
  while (c.pos < c.text.length && NAME_CHAR.test(c.text[c.pos]!)) name += c.text[c.pos++];
  let modifier = '';
  if (c.text[c.pos] === ':') modifier = ':' + (c.text[++c.pos] ?? '');
  else if (c.text[c.pos] !== '}') modifier = c.text[c.pos] ?? '';
  if (modifier !== '') c.pos++;
  const word = modifier === '' ? '' : processUntil(c, env, o, '}');
  c.pos++;
  const value = env(name);
  const raw = c.text.slice(start, c.pos);
  if (value === undefined && o.skipUnset) return raw;
  switch (modifier) {
    case '':
      return value ?? (o.skipUnset ? raw : '');
    case ':-':
      return value === undefined || value === '' ? word : value;
    case '-':
      return value === undefined ? word : value;
    case ':+':
      return value === undefined || value === '' ? '' : word;
    case '+':
      return value === undefined ? '' : word;
    default:
      return value ?? (o.skipUnset ? raw : '');
  }
}
