// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go dispatch* (RUN, COPY/ADD, WORKDIR, ENV, ARG, USER, SHELL).
import type { CopyOp, EnvEntry, ExecOp, PlannedStep, StepOp, StepSource } from '../../cache/types.ts';
import type { EngineProfile } from './engine.ts';
import type { RawInstruction } from './lines.ts';
import { expandWord } from './lexer.ts';
import { parseMount, resolvePath } from './mounts.ts';
import { parseArgPairs } from './stages.ts';
import { readFlags, splitWords } from './words.ts';

/** The LLB state while a stage is dispatched. */
export interface DispatchState {
  env: EnvEntry[];
  imageEnv: ReadonlyMap<string, string>;
  cwd: string;
  user: string;
  shell: readonly string[];
  last: number | undefined;
  readonly stage: number;
}

/** What dispatching needs from the surrounding build. */
export interface DispatchContext {
  readonly engine: EngineProfile;
  readonly escape: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly metaArgs: ReadonlyMap<string, string>;
  readonly noCache: boolean;
  readonly resolveFrom: (name: string, current: number) => StepSource;
}

/** Looks a variable up in the state env (Dockerfile entries first, then the image config). */
export function lookup(state: DispatchState): (name: string) => string | undefined {
  return (name) => {
    for (let i = state.env.length - 1; i >= 0; i--) if (state.env[i]!.name === name) return state.env[i]!.value;
    return state.imageEnv.get(name);
  };
}

function addEnv(state: DispatchState, entry: EnvEntry): void {
  state.env = [...state.env.filter((e) => e.name !== entry.name), entry];
}

/** Applies a config-only instruction (ENV, ARG, USER, SHELL...) to the state. */
export function applyConfig(ins: RawInstruction, state: DispatchState, ctx: DispatchContext): void {
  const env = lookup(state);
  switch (ins.keyword) {
    case 'env': {
      const words = splitWords(ins.rest, ctx.escape);
      if (words.length > 0 && !words[0]!.includes('=')) {
        addEnv(state, { name: words[0]!, value: expandWord(ins.rest.slice(ins.rest.indexOf(words[0]!) + words[0]!.length).trim(), env, { escape: ctx.escape }), origin: 'env' });
        return;
      }
      for (const word of words) {
        const eq = word.indexOf('=');
        addEnv(state, { name: expandWord(word.slice(0, eq), env, { escape: ctx.escape }), value: expandWord(word.slice(eq + 1), env, { escape: ctx.escape }), origin: 'env' });
      }
      return;
    }
    case 'arg':
      for (const { name, value } of parseArgPairs(ins.rest, ctx.escape)) {
        const given = ctx.buildArgs[name];
        if (given !== undefined) addEnv(state, { name, value: given, origin: 'build-arg' });
        else if (value !== undefined) addEnv(state, { name, value: expandWord(value, env, { escape: ctx.escape }), origin: 'arg' });
        else if (ctx.metaArgs.has(name)) addEnv(state, { name, value: ctx.metaArgs.get(name)!, origin: 'meta-arg' });
      }
      return;
    case 'user':
      state.user = expandWord(ins.rest.trim(), env, { escape: ctx.escape });
      return;
    case 'shell':
      if (ins.json) state.shell = ins.json;
      return;
    default:
      return;
  }
}

function execOp(ins: RawInstruction, state: DispatchState, ctx: DispatchContext): ExecOp {
  const flags = readFlags(ins.flags);
  const env = lookup(state);
  const mounts = flags
    .all('mount')
    .map((m) => parseMount(ctx.engine.expandMountValues ? expandMountValue(m, env, ctx.escape) : m, state.cwd, (n) => ctx.resolveFrom(n, state.stage)))
    .sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const only = ins.heredocs.length === 1 && /^<<-?(["']?)\w+\1$/.test(ins.rest.trim());
  const script = only ? ins.heredocs[0]!.body : ins.heredocs.length > 0 ? [ins.rest, ...ins.heredocs.map((h) => h.body)].join('\n') : ins.rest;
  const args = ins.json ?? [...state.shell, script];
  const command = ins.json ? (ins.json.length >= 3 && /(^|\/)(ba)?sh$/.test(ins.json[0]!) && ins.json[1] === '-c' ? ins.json[2]! : ins.json.join(' ')) : script;
  return { kind: 'exec', args, command, env: [...state.env], cwd: state.cwd, user: state.user, mounts, network: flags.get('network') ?? '', security: flags.get('security') ?? '' };
}

function expandMountValue(value: string, env: (n: string) => string | undefined, escape: string): string {
  return value
    .split(',')
    .map((field) => (field.toLowerCase().startsWith('from=') ? field : expandWord(field, env, { escape })))
    .join(',');
}

function copyOp(ins: RawInstruction, state: DispatchState, ctx: DispatchContext): CopyOp {
  const flags = readFlags(ins.flags);
  const env = lookup(state);
  const words = ins.json ?? splitWords(ins.rest, ctx.escape);
  const expanded = words.map((w) => (ins.json ? expandWord(w.replace(/[\\'"]/g, '\\$&'), env, { escape: '\\' }) : expandWord(w, env, { escape: ctx.escape })));
  const rawDest = expanded[expanded.length - 1] ?? '';
  let dest = resolvePath(state.cwd, rawDest);
  if ((rawDest === '' || rawDest === '.' || rawDest.endsWith('/')) && dest !== '/') dest += '/';
  const from = flags.get('from');
  const chmod = flags.get('chmod') ?? '';
  const inline = ins.heredocs.length > 0;
  return {
    kind: 'copy',
    add: ins.keyword === 'add',
    sources: inline ? ins.heredocs.map((h) => h.name) : expanded.slice(0, -1),
    dest,
    from: inline ? { kind: 'inline', files: ins.heredocs.map((h) => ({ name: h.name, content: h.body })) } : from === undefined ? { kind: 'context' } : ctx.resolveFrom(from, state.stage),
    chown: expandWord(flags.get('chown') ?? '', env, { escape: ctx.escape }),
    chmod: ctx.engine.symbolicChmod ? expandWord(chmod, env, { escape: ctx.escape }) : /^[0-7]+$/.test(chmod) ? chmod : '',
    link: flags.get('link') !== undefined && flags.get('link') !== 'false',
    exclude: flags.all('exclude').map((x) => expandWord(x, env, { escape: ctx.escape })),
    parents: flags.get('parents') !== undefined && flags.get('parents') !== 'false',
  };
}

/** The op a step-producing instruction becomes, or undefined for config-only ones (and `WORKDIR /`). */
export function stepOp(ins: RawInstruction, state: DispatchState, ctx: DispatchContext): StepOp | undefined {
  switch (ins.keyword) {
    case 'run':
      return execOp(ins, state, ctx);
    case 'copy':
    case 'add':
      return copyOp(ins, state, ctx);
    case 'workdir': {
      state.cwd = resolvePath(state.cwd, expandWord(ins.rest.trim(), lookup(state), { escape: ctx.escape }));
      const epoch = ctx.engine.epochInWorkdir ? (ctx.buildArgs['SOURCE_DATE_EPOCH'] ?? '') : '';
      return state.cwd === '/' ? undefined : { kind: 'mkdir', path: state.cwd, user: state.user, epoch };
    }
    default:
      return undefined;
  }
}

/** BuildKit's vertex text: the instruction expanded with the env before it, keyword upper-cased. */
export function vertexText(ins: RawInstruction, state: DispatchState, ctx: DispatchContext): string {
  const run = ins.keyword === 'run';
  const text = expandWord(ins.original, lookup(state), { escape: ctx.escape, rawQuotes: run, skipUnset: run });
  const space = text.indexOf(' ');
  const name = space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
  if (!run || ins.heredocs.length !== 1 || !/^<<-?(["']?)\w+\1$/.test(ins.rest.trim())) return name;
  const lines = ins.heredocs[0]!.body.split('\n').filter((l) => l.trim() !== '');
  return `${name} (${(lines[0] ?? '').trim()}${lines.length > 1 ? '...' : ''})`;
}

/** Builds a planned step record. */
export function makeStep(id: number, name: string, stage: number, ins: RawInstruction, op: StepOp, parent: number | undefined, ctx: DispatchContext): PlannedStep {
  const ignoreCache = ctx.noCache && op.kind !== 'mkdir';
  return { id, name, stage, text: ins.original, line: ins.line, op, parent, ignoreCache };
}
