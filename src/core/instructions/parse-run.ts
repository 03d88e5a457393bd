// Tracks BuildKit frontend/dockerfile/instructions/parse.go (parseRun) and commands_runmount.go / commands_runnetwork.go hooks
/** Parses RUN: its command line, heredocs, and --mount / --network / --device flags. */
import type { FlagType } from './flags.ts';
import { parseMount } from './mount.ts';
import {
  acceptedDefs, codeOf, nodeFlags, parsed, failure, flagFailure, flagList, flagValue, flagsOf, handleJsonArgs,
} from './parse-common.ts';
import type { Parsed, ParseRequest } from './parse-common.ts';
import type { InlineFile, MountSpec, RunInstruction } from './types.ts';
import { EMPTY_LIST } from '../empty-list.ts';

const RUN_FLAGS: Readonly<Record<string, FlagType>> = { mount: 'strings', network: 'string', device: 'strings', security: 'string' };
const NETWORKS: readonly string[] = ['default', 'none', 'host'];

/** The heredocs of a node as BuildKit's ShellInlineFile / SourceContent. */
export function inlineFiles(req: ParseRequest): readonly InlineFile[] {
  if (req.node.heredocs.length === 0) return NO_FILES;
  return req.node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp, expand: h.expand }));
}

/** The empty lists of instructions without heredocs or mounts (shared: instructions are read-only). */
const NO_FILES: readonly InlineFile[] = EMPTY_LIST;
const NO_MOUNTS: readonly MountSpec[] = EMPTY_LIST;

// Mounts whose first parse failed (modern frontends parse them again after expansion, and fail there if they still do).
const placeholders = new WeakSet<MountSpec>();

/** True for the stand-in of a mount that did not parse before expansion. */
export function isMountPlaceholder(mount: MountSpec): boolean {
  return placeholders.has(mount);
}

/** Mounts parsed without expansion; v0.8 rejects bad mounts here, modern only a variable in from=. */
function parseMounts(req: ParseRequest, raws: readonly string[]): { mounts: readonly MountSpec[]; error?: string } {
  if (raws.length === 0) return { mounts: NO_MOUNTS };
  const mounts: MountSpec[] = [];
  for (const raw of raws) {
    const parsed = parseMount(raw, req.engine, undefined);
    if (parsed.ok) {
      mounts.push(parsed.mount);
      continue;
    }
    const fromError = parsed.error.includes("doesn't support variable expansion");
    if (!req.engine.features.mountValueExpansion.supported || fromError) return { mounts, error: parsed.error };
    // Modern frontends parse the other keys at dispatch, after expansion: keep a placeholder.
    const placeholder: MountSpec = {
      type: 'bind', from: undefined, source: undefined, target: undefined, readOnly: true, id: undefined, sharing: undefined,
      required: false, mode: undefined, uid: undefined, gid: undefined, env: undefined, size: undefined, raw,
    };
    placeholders.add(placeholder);
    mounts.push(placeholder);
  }
  return { mounts };
}

/** parseRun: flags first, then the command line (shell form is one joined string). */
export function parseRun(req: ParseRequest): Parsed {
  const parse = flagsOf(req, acceptedDefs(RUN_FLAGS, req.engine.acceptedFlags.run));
  const { mounts, error: mountError } = parseMounts(req, flagList(parse, 'mount'));
  const network = flagValue(parse, 'network');
  const instruction: RunInstruction = {
    kind: 'run',
    node: req.node, code: codeOf(req), flags: nodeFlags(req), range: req.node.range,
    cmdLine: handleJsonArgs(req.args, req.node.json),
    prependShell: !req.node.json,
    files: inlineFiles(req),
    mounts,
    network,
    security: flagValue(parse, 'security'),
    devices: flagList(parse, 'device'),
  };
  if (!parse.ok) return parsed(instruction, flagFailure(parse, req));
  if (mountError !== undefined) return parsed(instruction, failure(mountError, req.node.range, 'mount-error'));
  if (network !== undefined && !NETWORKS.includes(network)) {
    return parsed(instruction, failure(`invalid network mode "${network}"`, req.node.range));
  }
  return parsed(instruction);
}
