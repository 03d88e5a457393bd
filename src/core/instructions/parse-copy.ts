// Tracks BuildKit frontend/dockerfile/instructions/parse.go (parseCopy, parseAdd, parseSourcesAndDest)
/** Parses COPY and ADD: sources, destination, heredoc sources and their flags. */
import type { FlagType } from './flags.ts';
import { acceptedDefs, argErrors, codeOf, nodeFlags, parsed, failure, flagFailure, flagList, flagValue, flagsOf } from './parse-common.ts';
import type { Parsed, ParseRequest } from './parse-common.ts';
import type { AddInstruction, CopyInstruction, InlineFile } from './types.ts';
import { EMPTY_LIST } from '../empty-list.ts';

const COPY_FLAGS: Readonly<Record<string, FlagType>> = {
  chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool',
};
const ADD_FLAGS: Readonly<Record<string, FlagType>> = {
  chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings',
};
const HEREDOC_WORD = /^(\d*)<<(-?)(.*)$/;

/** The heredoc name a `<<EOF` word refers to, or undefined for a plain path. */
export function heredocName(word: string): string | undefined {
  const m = HEREDOC_WORD.exec(word);
  if (m === null) return undefined;
  const name = (m[3] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  return name === '' ? undefined : name;
}

interface SourcesAndDest {
  readonly sources: string[];
  readonly contents: readonly InlineFile[];
  readonly dest: string;
  readonly error?: string;
}

function sourcesAndDest(req: ParseRequest, cmd: string): SourcesAndDest {
  const dest = req.args[req.args.length - 1] ?? '';
  // Without heredoc bodies no source can name one, and the destination cannot be one.
  if (req.node.heredocs.length === 0) return { sources: req.args.slice(0, -1), contents: EMPTY_LIST, dest };
  const byName = new Map(req.node.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const contents: InlineFile[] = [];
  for (const src of req.args.slice(0, -1)) {
    const name = req.engine.features.heredocs.supported ? heredocName(src) : undefined;
    const doc = name === undefined ? undefined : byName.get(name);
    if (doc === undefined) sources.push(src);
    else contents.push({ name: doc.name, data: doc.content, chomp: doc.chomp, expand: doc.expand });
  }
  const destIsHeredoc = req.engine.features.heredocs.supported && heredocName(dest) !== undefined && byName.size > 0;
  return destIsHeredoc ? { sources, contents, dest, error: `${cmd} cannot accept a heredoc as a destination` } : { sources, contents, dest };
}

function boolFlag(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true';
}

/** parseCopy: at least a source and a destination; --from is kept as written. */
export function parseCopy(req: ParseRequest): Parsed {
  const parse = flagsOf(req, acceptedDefs(COPY_FLAGS, req.engine.acceptedFlags.copy));
  const sd = sourcesAndDest(req, 'COPY');
  const instruction: CopyInstruction = {
    kind: 'copy', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, sources: sd.sources, contents: sd.contents, dest: sd.dest,
    from: flagValue(parse, 'from'), chown: flagValue(parse, 'chown'), chmod: flagValue(parse, 'chmod'),
    link: flagValue(parse, 'link') === 'true', excludes: flagList(parse, 'exclude'), parents: flagValue(parse, 'parents') === 'true',
  };
  if (req.args.length < 2) return parsed(instruction, failure(argErrors.noDestination('COPY'), req.node.range));
  if (!parse.ok) return parsed(instruction, flagFailure(parse, req));
  return parsed(instruction, failure(sd.error, req.node.range));
}

/** parseAdd: like COPY, with the ADD-only flags. */
export function parseAdd(req: ParseRequest): Parsed {
  const parse = flagsOf(req, acceptedDefs(ADD_FLAGS, req.engine.acceptedFlags.add));
  const sd = sourcesAndDest(req, 'ADD');
  const instruction: AddInstruction = {
    kind: 'add', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, sources: sd.sources, contents: sd.contents, dest: sd.dest,
    chown: flagValue(parse, 'chown'), chmod: flagValue(parse, 'chmod'), link: flagValue(parse, 'link') === 'true',
    excludes: flagList(parse, 'exclude'), checksum: flagValue(parse, 'checksum'),
    keepGitDir: boolFlag(flagValue(parse, 'keep-git-dir')), unpack: boolFlag(flagValue(parse, 'unpack')),
  };
  if (req.args.length < 2) return parsed(instruction, failure(argErrors.noDestination('ADD'), req.node.range));
  if (!parse.ok) return parsed(instruction, flagFailure(parse, req));
  return parsed(instruction, failure(sd.error, req.node.range));
}
