// Tracks BuildKit frontend/dockerfile/instructions/parse.go (ParseInstruction)
/** Turns one syntax node into a typed instruction, or BuildKit's reason to reject it. */
import type { EngineProfile } from '../engines/types.ts';
import type { InstructionNode } from '../syntax/types.ts';
import { codeOf, nodeFlags, parsed as result } from './parse-common.ts';
import type { Parsed, ParseRequest } from './parse-common.ts';
import { parseAdd, parseCopy } from './parse-copy.ts';
import { parseHealthcheck } from './parse-healthcheck.ts';
import {
  parseArg, parseCmdLike, parseEnv, parseExpose, parseFrom, parseLabel, parseMaintainer, parseOnbuild, parseShell,
  parseStopsignal, parseUser, parseVolume, parseWorkdir,
} from './parse-misc.ts';
import { parseRun } from './parse-run.ts';

export type { Parsed } from './parse-common.ts';

const PARSERS: ReadonlyMap<string, (req: ParseRequest) => Parsed> = new Map(Object.entries({
  from: parseFrom,
  run: parseRun,
  copy: parseCopy,
  add: parseAdd,
  workdir: parseWorkdir,
  env: parseEnv,
  arg: parseArg,
  user: parseUser,
  shell: parseShell,
  label: parseLabel,
  expose: parseExpose,
  cmd: (req) => parseCmdLike(req, 'cmd'),
  entrypoint: (req) => parseCmdLike(req, 'entrypoint'),
  healthcheck: parseHealthcheck,
  volume: parseVolume,
  stopsignal: parseStopsignal,
  maintainer: parseMaintainer,
  onbuild: parseOnbuild,
}));

/** Where an engine without heredocs fails: it reads the first body line as an instruction. */
function heredocRejection(req: ParseRequest, parsed: Parsed): Parsed {
  const first = req.node.heredocs[0];
  if (first === undefined || req.engine.features.heredocs.supported || parsed.error !== undefined) return parsed;
  const hint = ` (heredocs need Dockerfile ${req.engine.features.heredocs.since}+; ${req.engine.title} reads <<${first.name} as plain text and its body lines as instructions)`;
  const lines = first.content.split('\n');
  const k = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const word = k < 0 ? '' : (lines[k]?.trim().split(/\s+/)[0] ?? '');
  if (word !== '' && !PARSERS.has(word.toLowerCase())) {
    const line = first.range.start.line + k;
    const range = { start: { line, character: 0 }, end: { line, character: lines[k]?.length ?? 0 } };
    return result(parsed.instruction, { error: req.engine.unknownInstruction(word) + hint, errorRange: range, code: 'unsupported-heredoc' });
  }
  return result(parsed.instruction, { error: `heredoc <<${first.name} is not supported${hint}`, errorRange: req.node.range, code: 'unsupported-heredoc' });
}

/** ParseInstruction: dispatches on the lower-cased keyword; unknown keywords are BuildKit's error. */
export function parseInstruction(node: InstructionNode, engine: EngineProfile): Parsed {
  const req: ParseRequest = { node, args: node.args.map((w) => w.value), engine };
  const parser = PARSERS.get(node.keyword);
  if (parser === undefined) {
    return {
      instruction: { kind: 'unknown', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, keyword: node.keyword },
      error: engine.unknownInstruction(node.keywordWord.value),
      errorRange: node.keywordWord.range,
      code: 'unknown-instruction',
    };
  }
  return heredocRejection(req, parser(req));
}
