// Tracks BuildKit dockerfile2llb/convert.go dispatch(): the state each instruction sees (env, dir, user, shell)
/** Walks a stage's instructions in order, expanding them and tracking the LLB state environment. */
import type { EngineProfile } from '../engines/types.ts';
import { processWordText } from '../shell/index.ts';
import type { EscapeToken } from '../shell/index.ts';
import type { Problem } from '../syntax/types.ts';
import { addOrReplace, envEntry, envGetter, parseKeyValue } from './env-list.ts';
import { expandInstruction, type ExpandContext } from './expand.ts';
import { cleanPath, isAbsPath, joinPath } from './posix-path.ts';
import type { ArgInstruction, DispatchContext, EnvEntry, FromInstruction, ImageConfig, Instruction, StageCommand } from './types.ts';
import { EMPTY_LIST, objectKindList } from '../empty-list.ts';

/** The default shell of Linux images. */
export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];
/** BuildKit's default PATH for Linux (system.DefaultPathEnv). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Build-wide inputs of dispatch. */
export interface DispatchInputs {
  readonly engine: EngineProfile;
  readonly escapeToken: EscapeToken;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** v0.8's optMetaArgs (platform + meta args, optional values), scanned for ARG fallbacks. */
  readonly metaOptional: ReadonlyArray<{ readonly key: string; readonly value: string | undefined }>;
  /** Modern global args (valued only). */
  readonly globalArgs: readonly EnvEntry[];
}

/** The state a stage starts from when its base is an image (or scratch): the image config plus PATH. */
export function imageContext(config: ImageConfig): DispatchContext {
  // Built by push, so every env list has the object elements kind (see empty-list.ts).
  const env: EnvEntry[] = objectKindList();
  for (const e of config.env ?? []) env.push(parseKeyValue(e, 'image'));
  if (!env.some((e) => e.key === 'PATH')) env.push(envEntry('PATH', DEFAULT_PATH, 'image'));
  const workdir = config.workingDir !== undefined && config.workingDir !== '' ? joinPath('/', config.workingDir) : '/';
  return { env, workdir, user: config.user ?? '', shell: config.shell ?? DEFAULT_SHELL, declaredArgs: EMPTY_LIST };
}

/** The WORKDIR a path resolves to from the current one. */
export function resolveWorkdir(current: string, path: string, engine: EngineProfile): string {
  if (!isAbsPath(path)) return joinPath('/', current, path);
  return engine.workdirCleaned ? cleanPath(path) : path;
}

function argValue(key: string, value: string | undefined, ctx: DispatchContext, inputs: DispatchInputs): { value: string | undefined; error?: string } {
  const override = Object.hasOwn(inputs.buildArgs, key) ? inputs.buildArgs[key] : undefined;
  if (inputs.engine.argExpansion === 'expand-method') {
    if (override !== undefined) return { value: override };
    if (value !== undefined) return { value };
    let found: string | undefined;
    for (const ma of inputs.metaOptional) if (ma.key === key) found = ma.value;
    return { value: found };
  }
  if (override !== undefined) return { value: override };
  if (value === undefined) return { value: inputs.globalArgs.find((e) => e.key === key)?.value };
  const expanded = processWordText(value, envGetter(ctx.env), { escapeToken: inputs.escapeToken });
  return typeof expanded === 'string' ? { value: expanded } : { value, error: expanded.error };
}

/** A dispatch context with some fields changed, written out field by field (a spread costs a slow property copy). */
function changed(ctx: DispatchContext, change: Partial<DispatchContext>): DispatchContext {
  return {
    env: change.env ?? ctx.env, workdir: change.workdir ?? ctx.workdir, user: change.user ?? ctx.user,
    shell: change.shell ?? ctx.shell, declaredArgs: change.declaredArgs ?? ctx.declaredArgs,
  };
}

function applyArg(instr: ArgInstruction, ctx: DispatchContext, inputs: DispatchInputs, problems: Problem[]): { instr: ArgInstruction; ctx: DispatchContext } {
  let env = ctx.env;
  const declared = [...ctx.declaredArgs];
  const args = instr.args.map((a) => {
    const { value, error } = argValue(a.key, a.value, ctx, inputs);
    if (error !== undefined) problems.push({ severity: 'error', code: 'expansion-error', message: error, range: instr.range });
    if (value !== undefined && !inputs.engine.nonEnvArgs.includes(a.key)) env = addOrReplace(env, a.key, value, 'arg');
    declared.push(a.key);
    return { key: a.key, value };
  });
  return { instr: { ...instr, args }, ctx: changed(ctx, { env, declaredArgs: declared }) };
}

function apply(instr: Exclude<Instruction, FromInstruction>, ctx: DispatchContext, engine: EngineProfile): DispatchContext {
  switch (instr.kind) {
    case 'env': return changed(ctx, { env: instr.pairs.reduce((env, kv) => addOrReplace(env, kv.key, kv.value, 'env'), ctx.env) });
    case 'workdir': return changed(ctx, { workdir: resolveWorkdir(ctx.workdir, instr.path, engine) });
    case 'user': return changed(ctx, { user: instr.user });
    case 'shell': return changed(ctx, { shell: instr.shell });
    default: return ctx;
  }
}

/** Dispatches a stage's instructions from a starting state; errors are collected, never thrown. */
export function dispatchCommands(
  commands: readonly Exclude<Instruction, FromInstruction>[],
  start: DispatchContext,
  inputs: DispatchInputs,
  onbuildCount = 0,
): { commands: StageCommand[]; final: DispatchContext; problems: Problem[] } {
  const problems: Problem[] = [];
  let ctx = start;
  // One expansion context per environment list (most instructions leave the environment as it was).
  let expandCtx: ExpandContext = { env: ctx.env, escapeToken: inputs.escapeToken, engine: inputs.engine };
  const out = commands.map((raw, i): StageCommand => {
    if (expandCtx.env !== ctx.env) expandCtx = { env: ctx.env, escapeToken: inputs.escapeToken, engine: inputs.engine };
    const before = ctx;
    let instruction = expandInstruction(raw, expandCtx, problems);
    if (instruction.kind === 'arg') {
      const done = applyArg(instruction, ctx, inputs, problems);
      instruction = done.instr;
      ctx = done.ctx;
    } else {
      ctx = apply(instruction, ctx, inputs.engine);
    }
    return { instruction, context: before, after: ctx, onbuild: i < onbuildCount };
  });
  return { commands: out, final: ctx, problems };
}
