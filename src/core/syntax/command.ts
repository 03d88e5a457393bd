// Tracks BuildKit frontend/dockerfile/parser/parser.go (newNodeFromLine, canContainHeredoc)
/** Turns one logical line into a command: keyword, flags, argument chain, ONBUILD child, error. */
import { goLower } from './go-text.ts';
import { type ArgError, lineParserFor } from './line-parsers.ts';
import { type RawWord, shiftWords, splitCommand } from './split-command.ts';

/** BuildKit's Node for one line, with offsets into the top-level logical line. */
export interface ParsedCommand {
  readonly keyword: RawWord;
  /** The keyword lower-cased as Go's strings.ToLower does. */
  readonly keywordLower: string;
  readonly flags: readonly RawWord[];
  /** The arguments, with offsets relative to `argsOffset` (not shifted, to spare a copy of every word). */
  readonly args: readonly RawWord[];
  /** Offset of the arguments' text in the top-level logical line. */
  readonly argsOffset: number;
  readonly json: boolean;
  /** node.Original: the line handed to newNodeFromLine. */
  readonly original: string;
  readonly child?: ParsedCommand;
  readonly error?: ArgError;
}

/** The instruction keywords, lower-cased, by length. */
const KEYWORDS_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const byLength: string[][] = [];
  for (const k of ['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir']) {
    (byLength[k.length] ??= []).push(k);
  }
  return byLength;
})();

/** True when ASCII lower-casing `raw` gives `lower` (an ASCII keyword). */
function lowersTo(raw: string, lower: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * goLower of a keyword. A known keyword in any ASCII casing comes back as the one shared constant string, without a
 * new lower-cased copy per instruction (lookups and comparisons of the constant are the cheapest); anything else,
 * non-ASCII spellings included, goes through goLower.
 */
function lowerKeyword(raw: string): string {
  for (const k of KEYWORDS_BY_LENGTH[raw.length] ?? []) if (lowersTo(raw, k)) return k;
  return goLower(raw);
}

/** BuildKit's newNodeFromLine; `base` is the offset of `line` in the top-level logical line. */
export function parseCommand(line: string, escapeToken: string, base = 0): ParsedCommand {
  const split = splitCommand(line, escapeToken);
  const keyword = base === 0 ? split.keyword : { value: split.keyword.value, start: split.keyword.start + base, end: split.keyword.end + base };
  const flags = shiftWords(split.flags, base);
  const restBase = base + split.restStart;
  const keywordLower = lowerKeyword(split.keyword.value);
  if (keywordLower === 'onbuild') {
    const child = split.rest === '' ? undefined : parseCommand(split.rest, escapeToken, restBase);
    return command(keyword, keywordLower, flags, [], 0, false, line, child, child?.error);
  }
  const parsed = lineParserFor(keywordLower)(split.rest, escapeToken);
  return command(keyword, keywordLower, flags, parsed.args, restBase, parsed.json, line, undefined, parsed.error);
}

/** A ParsedCommand with every field written out (one object shape for all commands, no spread). */
function command(
  keyword: RawWord, keywordLower: string, flags: readonly RawWord[], args: readonly RawWord[], argsOffset: number, json: boolean,
  original: string, child: ParsedCommand | undefined, error: ArgError | undefined,
): ParsedCommand {
  return { keyword, keywordLower, flags, args, argsOffset, json, original, child, error };
}

const heredocKeywords: ReadonlySet<string> = new Set(['add', 'copy', 'run']);

/** BuildKit's canContainHeredoc: ADD, COPY, RUN (also inside ONBUILD), never in exec form. */
export function canContainHeredoc(command: ParsedCommand): boolean {
  let target = command;
  if (command.keywordLower === 'onbuild' && command.child) target = command.child;
  return heredocKeywords.has(target.keywordLower) && !target.json;
}
