// Tracks BuildKit frontend/dockerfile/parser/line_parsers.go
/** Per-instruction argument parsers: each turns the rest of a line into BuildKit's node.Next chain. */
import { goQuote, isGoSpace, splitReWhitespace } from './go-text.ts';
import { NOT_STRING_ARRAY, parseJsonArgs } from './json-args.ts';
import { parseWords } from './parse-words.ts';
import type { RawWord } from './split-command.ts';
import { charOffset, decodeRange, utf8View } from './utf8.ts';

/** An error BuildKit raises while parsing arguments. */
export interface ArgError {
  readonly code: string;
  readonly message: string;
}

/** The node.Next chain of one instruction (offsets into the `rest` handed to the parser). */
export interface ParsedArgs {
  readonly args: readonly RawWord[];
  readonly json: boolean;
  readonly error?: ArgError;
}

/** A line parser: rest of the line plus escape token to arguments. */
export type LineParser = (rest: string, escapeToken: string) => ParsedArgs;

const none: ParsedArgs = { args: [], json: false };

function word(value: string, start: number, end: number): RawWord {
  return { value, start, end };
}

/** parseIgnore: unknown instructions keep one empty value (dumped as ""). */
export const parseIgnore: LineParser = () => ({ args: [word('', 0, 0)], json: false });

/** parseString: the whole rest as one value. */
export const parseString: LineParser = (rest) => (rest === '' ? none : { args: [word(rest, 0, rest.length)], json: false });

/** parseStringsWhitespaceDelimited: split on [\t\v\f\r ]+. */
export const parseStringsWhitespaceDelimited: LineParser = (rest) => {
  if (rest === '') return none;
  return { args: splitReWhitespace(rest, -1), json: false };
};

/** parseMaybeJSON: exec form, else the whole rest as one value (RUN, CMD, ENTRYPOINT, SHELL). */
export const parseMaybeJSON: LineParser = (rest) => {
  if (rest === '') return none;
  const json = parseJsonArgs(rest);
  switch (json.kind) {
    case 'json':
      return { args: json.words, json: true };
    case 'not-strings':
      return { args: json.words, json: true, error: { code: 'json-not-strings', message: NOT_STRING_ARRAY } };
    case 'not-json':
      return { args: [word(rest, 0, rest.length)], json: false };
    default: {
      const never: never = json;
      return never;
    }
  }
};

/** parseMaybeJSONToList: exec form, else whitespace-delimited (ADD, COPY, VOLUME). */
export const parseMaybeJSONToList: LineParser = (rest, escapeToken) => {
  const json = parseJsonArgs(rest);
  if (json.kind === 'json') return { args: json.words, json: true };
  if (json.kind === 'not-strings') {
    return { args: json.words, json: true, error: { code: 'json-not-strings', message: NOT_STRING_ARRAY } };
  }
  return parseStringsWhitespaceDelimited(rest, escapeToken);
};

/** parseNameOrNameVal (ARG): one value per word, quotes kept. */
export const parseNameOrNameVal: LineParser = (rest, escapeToken) => ({
  args: parseWords(rest, escapeToken),
  json: false,
});

function parseNameVal(rest: string, key: string, escapeToken: string): ParsedArgs {
  const words = parseWords(rest, escapeToken);
  const first = words[0];
  if (!first) return none;
  if (!first.value.includes('=')) {
    const parts = splitReWhitespace(rest, 2);
    const name = parts[0] ?? { value: rest, start: 0, end: rest.length };
    const value = parts[1];
    if (!value) {
      const error = { code: 'missing-value', message: `${key} must have two arguments` };
      return { args: [word(name.value, name.start, name.end)], json: false, error };
    }
    const sep = word('', rest.length, rest.length);
    return { args: [word(name.value, name.start, name.end), word(value.value, value.start, value.end), sep], json: false };
  }
  const args: RawWord[] = [];
  for (const w of words) {
    const eq = w.value.indexOf('=');
    if (eq < 0) {
      const message = `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value`;
      return { args, json: false, error: { code: 'missing-equals', message } };
    }
    args.push(word(w.value.slice(0, eq), w.start, w.start + eq));
    args.push(word(w.value.slice(eq + 1), w.start + eq + 1, Math.max(w.end, w.start + eq + 1)));
    args.push(word('=', w.start + eq, w.start + eq + 1));
  }
  return { args, json: false };
}

/** parseEnv: `ENV k=v ...` or legacy `ENV k v`. */
export const parseEnv: LineParser = (rest, escapeToken) => parseNameVal(rest, 'ENV', escapeToken);

/** parseLabel: `LABEL k=v ...` or legacy `LABEL k v`. */
export const parseLabel: LineParser = (rest, escapeToken) => parseNameVal(rest, 'LABEL', escapeToken);

/** parseHealthConfig: a type word (NONE, CMD) then parseMaybeJSON on the rest; the type ends at a byte Go sees as space. */
export const parseHealthConfig: LineParser = (rest, escapeToken) => {
  const view = utf8View(rest);
  const n = view.bytes.length;
  let sep = 0;
  while (sep < n && !isGoSpace(view.bytes[sep] ?? 0)) sep += 1;
  let next = sep;
  while (next < n && isGoSpace(view.bytes[next] ?? 0)) next += 1;
  if (sep === 0) return none;
  const at = charOffset(view, next) ?? rest.length;
  const cmd = parseMaybeJSON(decodeRange(rest, view, next, n), escapeToken);
  const shifted = cmd.args.map((a) => word(a.value, a.start + at, a.end + at));
  const args = [word(decodeRange(rest, view, 0, sep), 0, charOffset(view, sep) ?? rest.length), ...shifted];
  return cmd.error ? { args, json: cmd.json, error: cmd.error } : { args, json: cmd.json };
};

const dispatch = new Map<string, LineParser>(Object.entries({
  add: parseMaybeJSONToList,
  arg: parseNameOrNameVal,
  cmd: parseMaybeJSON,
  copy: parseMaybeJSONToList,
  entrypoint: parseMaybeJSON,
  env: parseEnv,
  expose: parseStringsWhitespaceDelimited,
  from: parseStringsWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: parseLabel,
  maintainer: parseString,
  run: parseMaybeJSON,
  shell: parseMaybeJSON,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJSONToList,
  workdir: parseString,
}));

/** The line parser for a lower-cased keyword (ONBUILD is handled by the caller); unknown ones are ignored. */
export function lineParserFor(keyword: string): LineParser {
  return dispatch.get(keyword) ?? parseIgnore;
}
