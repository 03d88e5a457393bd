// Tracks BuildKit frontend/dockerfile/instructions/parse.go (parseHealthcheck)
/** Parses HEALTHCHECK NONE | [options] CMD command. */
import type { FlagType } from './flags.ts';
import { acceptedDefs, codeOf, nodeFlags, parsed, failure, flagFailure, flagsOf, handleJsonArgs } from './parse-common.ts';
import type { Parsed, ParseRequest } from './parse-common.ts';

const HEALTH_FLAGS: Readonly<Record<string, FlagType>> = {
  interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string',
};

/** parseHealthcheck: NONE takes nothing; CMD needs a command (shell form becomes CMD-SHELL). */
export function parseHealthcheck(req: ParseRequest): Parsed {
  const type = (req.args[0] ?? '').toUpperCase();
  const rest = req.args.slice(1);
  const parse = flagsOf(req, acceptedDefs(HEALTH_FLAGS, req.engine.acceptedFlags.healthcheck));
  const cmd = handleJsonArgs(rest, req.node.json);
  const test = type === 'NONE' ? ['NONE'] : [req.node.json ? 'CMD' : 'CMD-SHELL', ...cmd];
  const options = parse.ok ? Object.fromEntries(parse.values) : {};
  const instruction = { kind: 'healthcheck', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, test, options } as const;
  if (req.args.length === 0) return parsed(instruction, failure('HEALTHCHECK requires at least one argument', req.node.range));
  if (type === 'NONE') {
    return rest.length === 0 ? parsed(instruction) : parsed(instruction, failure('HEALTHCHECK NONE takes no arguments', req.node.range));
  }
  if (!parse.ok) return parsed(instruction, flagFailure(parse, req));
  if (type !== 'CMD') return parsed(instruction, failure(`Unknown type "${type}" in HEALTHCHECK (try CMD)`, req.node.range));
  if (cmd.length === 0) return parsed(instruction, failure('Missing command after HEALTHCHECK CMD', req.node.range));
  return parsed(instruction);
}
