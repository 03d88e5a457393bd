/** Helpers shared by the instruction parsers: requests, results and BuildKit's argument errors. */
import { ENGINES } from '../engines/index.ts';
import type { EngineProfile } from '../engines/types.ts';
import type { InstructionNode, Range } from '../syntax/types.ts';
import { parseFlags, splitFlags } from './flags.ts';
import type { FlagParse, FlagType } from './flags.ts';
import type { Instruction, ParsedFlag } from './types.ts';
import { EMPTY_LIST, objectKindList } from '../empty-list.ts';

/** What a parser gets: the node, its argument values, and the engine. */
export interface ParseRequest {
  readonly node: InstructionNode;
  readonly args: readonly string[];
  readonly engine: EngineProfile;
}

/** A parsed instruction, plus BuildKit's error when it rejects the instruction. */
export interface Parsed {
  readonly instruction: Instruction;
  readonly error?: string;
  readonly errorRange?: Range;
  readonly code?: string;
}

/** The trimmed joined line of an instruction (BuildKit's `c.String()`). */
export function codeOf(req: ParseRequest): string {
  return req.node.original.trim();
}

const NO_PARSED_FLAGS: readonly ParsedFlag[] = EMPTY_LIST;

/** The node's flags split into name and value (one shared empty list when there are none, as for most instructions). */
export function nodeFlags(req: ParseRequest): readonly ParsedFlag[] {
  return req.node.flags.length === 0 ? NO_PARSED_FLAGS : splitFlags(req.node.flags);
}

/**
 * A parse result: every result has the same four fields (error ones undefined on success). Parsers write results and
 * instructions as plain literals through helpers like this one, never as spreads: a spread costs a slow property copy.
 */
export function parsed(instruction: Instruction, fail?: Partial<Parsed>): Parsed {
  return fail === undefined || fail.error === undefined
    ? { instruction, error: undefined, errorRange: undefined, code: undefined }
    : { instruction, error: fail.error, errorRange: fail.errorRange, code: fail.code };
}

/** Parses flags; unknown flags of newer frontends get a hint after BuildKit's own message. */
export function flagsOf(req: ParseRequest, defs: FlagDefs): FlagParse {
  return parseFlags(req.node.flags, defs, req.engine.flagMessages);
}

/** The error part of a result, or nothing. */
export function failure(error: string | undefined, range?: Range, code = 'instruction-error'): Partial<Parsed> {
  if (error === undefined) return {};
  return range === undefined ? { error, code } : { error, errorRange: range, code };
}

/** A hint when another recorded engine accepts a flag this one does not know. */
function newerFlagHint(req: ParseRequest, flag: string | undefined): string {
  if (flag === undefined) return '';
  const keyword = req.node.keyword as keyof EngineProfile['acceptedFlags'];
  const accepted = Object.hasOwn(req.engine.acceptedFlags, keyword) ? req.engine.acceptedFlags[keyword] : [];
  if (accepted.includes(flag)) return '';
  const others = Object.values(ENGINES).filter((e) => e.id !== req.engine.id && (Object.hasOwn(e.acceptedFlags, keyword) ? e.acceptedFlags[keyword] : []).includes(flag));
  const other = others[0];
  return other === undefined ? '' : ` (${req.node.keyword.toUpperCase()} --${flag} is not in ${req.engine.title}; ${other.title} accepts it)`;
}

/** The error of a flag parse, with where it is (BuildKit's message, plus a hint for newer flags). */
export function flagFailure(parse: FlagParse, req: ParseRequest): Partial<Parsed> {
  if (parse.ok) return {};
  const hint = parse.error === req.engine.flagMessages.unknown(parse.flag ?? '') ? newerFlagHint(req, parse.flag) : '';
  return failure(parse.error + hint, parse.word?.range ?? req.node.range, 'flag-error');
}

/** handleJSONArgs: exec form keeps the array; shell form joins the words with spaces. */
export function handleJsonArgs(args: readonly string[], json: boolean): string[] {
  if (args.length === 0) return objectKindList();
  return json ? [...args] : [args.join(' ')];
}

/** BuildKit's argument-count errors. */
export const argErrors = {
  atLeastOne: (cmd: string) => `${cmd} requires at least one argument`,
  exactlyOne: (cmd: string) => `${cmd} requires exactly one argument`,
  noDestination: (cmd: string) =>
    `${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`,
  blankNames: (cmd: string) => `${cmd} names can not be blank`,
  tooMany: (cmd: string) => `Bad input to ${cmd}, too many arguments`,
};

/** Flag value from a successful parse. */
export function flagValue(parse: FlagParse, name: string): string | undefined {
  return parse.ok ? parse.values.get(name) : undefined;
}

/** The empty list of flag values (shared: results are read-only). */
const NO_VALUES: readonly string[] = EMPTY_LIST;

/** Repeated flag values from a successful parse. */
export function flagList(parse: FlagParse, name: string): readonly string[] {
  return (parse.ok ? parse.lists.get(name) : undefined) ?? NO_VALUES;
}

/** The flags an instruction accepts, by name (a map: flag names are looked up with keys read from the file). */
export type FlagDefs = ReadonlyMap<string, FlagType>;

const defsCache = new Map<Readonly<Record<string, FlagType>>, Map<readonly string[], FlagDefs>>();

/** No flags accepted. */
export const NO_FLAG_DEFS: FlagDefs = new Map();

/** The flag definitions of an instruction, limited to those the engine accepts (pass module constants: answers are cached). */
export function acceptedDefs(
  all: Readonly<Record<string, FlagType>>,
  accepted: readonly string[],
): FlagDefs {
  // Both arguments are module and engine constants, so the answer is kept per pair.
  let byAccepted = defsCache.get(all);
  if (byAccepted === undefined) defsCache.set(all, (byAccepted = new Map()));
  let out = byAccepted.get(accepted);
  if (out === undefined) {
    const defs = new Map<string, FlagType>();
    for (const name of Object.keys(all)) if (accepted.includes(name)) defs.set(name, all[name]!);
    byAccepted.set(accepted, (out = defs));
  }
  return out;
}
