// Tracks BuildKit frontend/dockerfile/instructions/parse.go (the config-only instructions and FROM)
/** Parses FROM and the instructions that only change the dispatch state or the image config. */
import type { FlagType } from './flags.ts';
import { NO_FLAG_DEFS, acceptedDefs, argErrors, codeOf, nodeFlags, parsed, failure, flagFailure, flagValue, flagsOf, handleJsonArgs } from './parse-common.ts';
import type { Parsed, ParseRequest } from './parse-common.ts';
import type { ArgDeclaration, KeyValue } from './types.ts';
import { lowerCase } from '../lower-case.ts';

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** No flags allowed: any flag is BuildKit's unknown-flag error. */
function noFlags(req: ParseRequest): Partial<Parsed> {
  return flagFailure(flagsOf(req, NO_FLAG_DEFS), req);
}

/** ENV/LABEL arguments: key/value pairs (v0.8 parser) or key/value/delimiter triples (newer parsers). */
export function keyValues(args: readonly string[]): KeyValue[] {
  const triples = args.length % 3 === 0 && args.every((a, i) => i % 3 !== 2 || a === '=' || a === '');
  const step = triples ? 3 : 2;
  const out: KeyValue[] = [];
  for (let i = 0; i + 1 < args.length; i += step) out.push({ key: args[i] ?? '', value: args[i + 1] ?? '' });
  return out;
}

function parsePairs(req: ParseRequest, kind: 'env' | 'label', cmd: string): Parsed {
  const pairs = keyValues(req.args);
  const instruction = kind === 'env'
    ? { kind, node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, pairs } as const
    : { kind, node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, labels: pairs } as const;
  const flags = noFlags(req);
  if (flags.error !== undefined) return parsed(instruction, flags);
  if (pairs.length === 0) return parsed(instruction, failure(argErrors.atLeastOne(cmd), req.node.range));
  if (pairs.some((p) => p.key === '')) return parsed(instruction, failure(argErrors.blankNames(cmd), req.node.range));
  return parsed(instruction);
}

/** ENV. */
export const parseEnv = (req: ParseRequest): Parsed => parsePairs(req, 'env', 'ENV');
/** LABEL. */
export const parseLabel = (req: ParseRequest): Parsed => parsePairs(req, 'label', 'LABEL');

/** ARG: `NAME` or `NAME=default`, several per line. */
export function parseArg(req: ParseRequest): Parsed {
  const args: ArgDeclaration[] = req.args.map((word) => {
    const at = word.indexOf('=');
    return at < 0 ? { key: word, value: undefined } : { key: word.slice(0, at), value: word.slice(at + 1) };
  });
  const instruction = { kind: 'arg', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, args } as const;
  if (args.length === 0) return parsed(instruction, failure(argErrors.atLeastOne('ARG'), req.node.range));
  if (args.some((a) => a.key === '')) return parsed(instruction, failure(argErrors.blankNames('ARG'), req.node.range));
  return parsed(instruction, noFlags(req));
}

function single(req: ParseRequest, cmd: string): { value: string; error: Partial<Parsed> } {
  const value = req.args[0] ?? '';
  if (req.args.length !== 1) return { value, error: failure(argErrors.exactlyOne(cmd), req.node.range) };
  return { value, error: noFlags(req) };
}

/** WORKDIR. */
export function parseWorkdir(req: ParseRequest): Parsed {
  const { value, error } = single(req, 'WORKDIR');
  return parsed({ kind: 'workdir', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, path: value }, error);
}

/** USER. */
export function parseUser(req: ParseRequest): Parsed {
  const { value, error } = single(req, 'USER');
  return parsed({ kind: 'user', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, user: value }, error);
}

/** MAINTAINER. */
export function parseMaintainer(req: ParseRequest): Parsed {
  const { value, error } = single(req, 'MAINTAINER');
  return parsed({ kind: 'maintainer', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, maintainer: value }, error);
}

/** STOPSIGNAL (BuildKit does not parse its flags). */
export function parseStopsignal(req: ParseRequest): Parsed {
  const instruction = { kind: 'stopsignal', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, signal: req.args[0] ?? '' } as const;
  if (req.args.length !== 1) return parsed(instruction, failure(argErrors.exactlyOne('STOPSIGNAL'), req.node.range));
  return parsed(instruction);
}

/** SHELL: JSON form only. */
export function parseShell(req: ParseRequest): Parsed {
  const shell = handleJsonArgs(req.args, req.node.json);
  const instruction = { kind: 'shell', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, shell } as const;
  const flags = noFlags(req);
  if (flags.error !== undefined) return parsed(instruction, flags);
  if (shell.length === 0) return parsed(instruction, failure(argErrors.atLeastOne('SHELL'), req.node.range));
  if (!req.node.json) return parsed(instruction, failure('SHELL requires the arguments to be in JSON form', req.node.range));
  return parsed(instruction);
}

/** EXPOSE: ports sorted as BuildKit sorts them. */
export function parseExpose(req: ParseRequest): Parsed {
  const instruction = { kind: 'expose', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, ports: [...req.args].sort() } as const;
  if (req.args.length === 0) return parsed(instruction, failure(argErrors.atLeastOne('EXPOSE'), req.node.range));
  return parsed(instruction, noFlags(req));
}

/** VOLUME: at least one non-empty path. */
export function parseVolume(req: ParseRequest): Parsed {
  const volumes = req.args.map((v) => v.trim());
  const instruction = { kind: 'volume', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, volumes } as const;
  if (volumes.length === 0) return parsed(instruction, failure(argErrors.atLeastOne('VOLUME'), req.node.range));
  const flags = noFlags(req);
  if (flags.error !== undefined) return parsed(instruction, flags);
  if (volumes.includes('')) return parsed(instruction, failure('VOLUME specified can not be an empty string', req.node.range));
  return parsed(instruction);
}

/** CMD or ENTRYPOINT. */
export function parseCmdLike(req: ParseRequest, kind: 'cmd' | 'entrypoint'): Parsed {
  const instruction = { kind, node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, cmdLine: handleJsonArgs(req.args, req.node.json), prependShell: !req.node.json } as const;
  return parsed(instruction, noFlags(req));
}

const FROM_FLAGS: Readonly<Record<string, FlagType>> = { platform: 'string' };

/** FROM: `image [AS name]`, with --platform. */
export function parseFrom(req: ParseRequest): Parsed {
  const parse = flagsOf(req, acceptedDefs(FROM_FLAGS, req.engine.acceptedFlags.from));
  const named = req.args.length === 3 && lowerCase(req.args[1] ?? '') === 'as';
  const stageName = named ? lowerCase(req.args[2] ?? '') : undefined;
  const instruction = {
    kind: 'from', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, baseName: req.args[0] ?? '', stageName, platform: flagValue(parse, 'platform'),
  } as const;
  if (named && !STAGE_NAME.test(stageName ?? '')) {
    const msg = `invalid name for build stage: "${req.args[2] ?? ''}", name can't start with a number or contain symbols`;
    return parsed(instruction, failure(msg, req.node.range));
  }
  if (!named && req.args.length !== 1) return parsed(instruction, failure('FROM requires either one or three arguments', req.node.range));
  return parsed(instruction, flagFailure(parse, req));
}

/** ONBUILD: the trigger expression (ONBUILD ONBUILD, FROM and MAINTAINER are not allowed). */
export function parseOnbuild(req: ParseRequest): Parsed {
  const trigger = req.node.onbuild?.keyword.toUpperCase() ?? (req.args[0] ?? '').toUpperCase();
  let expression = req.node.original.replace(/^\s*ONBUILD\s*/i, '');
  for (const h of req.node.heredocs) expression += `\n${h.content}${h.name}`;
  const instruction = { kind: 'onbuild', node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range, expression } as const;
  if (trigger === '') return parsed(instruction, failure(argErrors.atLeastOne('ONBUILD'), req.node.range));
  const flags = noFlags(req);
  if (flags.error !== undefined) return parsed(instruction, flags);
  if (trigger === 'ONBUILD') return parsed(instruction, failure('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', req.node.range));
  if (trigger === 'MAINTAINER' || trigger === 'FROM') {
    return parsed(instruction, failure(`${trigger} isn't allowed as an ONBUILD trigger`, req.node.range));
  }
  return parsed(instruction);
}
