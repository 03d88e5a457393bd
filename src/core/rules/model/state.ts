/** The build state before every instruction, read from toStages' dispatch contexts (plus what only rules ask: was WORKDIR/SHELL set, is the base image known). */
import { DEFAULT_PATH, type DispatchContext, type EnvEntry } from '../../instructions/index.ts';
import type { Stage } from './context.ts';

/** The build state in force before an instruction. */
export interface InstState {
  readonly env: ReadonlyMap<string, string>;
  /** ARG names declared so far (BuildKit counts them as defined even without a value). */
  readonly declared: ReadonlySet<string>;
  /** Current USER ('' = root as far as known). */
  readonly user: string;
  /** Working directory as BuildKit tracks it ("/" when never set). */
  readonly workdir: string;
  /** True once this file set a WORKDIR in this stage or an ancestor stage. */
  readonly workdirSet: boolean;
  /** True when SHELL was set in this stage or an ancestor stage. */
  readonly shellSet: boolean;
  /** False when the base image is not in Layerlab's table, so its ENV is a guess. */
  readonly imageKnown: boolean;
  /** `env.has(name) || declared.has(name)`, answered without building either. */
  defines(name: string): boolean;
}

/** State before each instruction of a stage, and at its end. */
export interface StageState {
  readonly before: readonly InstState[];
  readonly end: InstState;
}

/** The dispatch env as a map, over the guessed image env when there is one (BuildKit's default PATH does not replace the image's). */
function envMap(list: readonly EnvEntry[], guessed: Readonly<Record<string, string>> | undefined): Map<string, string> {
  if (!guessed) {
    const env = new Map<string, string>();
    for (const e of list) env.set(e.key, e.value);
    return env;
  }
  const env = new Map(Object.entries(guessed));
  for (const e of list) if (!(e.key === 'PATH' && e.value === DEFAULT_PATH && env.has('PATH'))) env.set(e.key, e.value);
  return env;
}

/** Lazily built lookups of one env list and one declared-args list, shared by the instructions that see the same lists. */
interface Shared {
  readonly list: readonly EnvEntry[];
  readonly declaredList: readonly string[];
  env?: Map<string, string>;
  declared?: Set<string>;
}

/** A view of one dispatch context (env map and declared set are built on first read). A class for its prototype getters, as in context.ts. */
class View implements InstState {
  readonly user: string;
  readonly workdir: string;
  readonly workdirSet: boolean;
  readonly shellSet: boolean;
  readonly imageKnown: boolean;
  readonly #shared: Shared;
  readonly #guessed: Readonly<Record<string, string>> | undefined;

  constructor(ctx: DispatchContext, workdirSet: boolean, shellSet: boolean, imageKnown: boolean, shared: Shared, guessed: Readonly<Record<string, string>> | undefined) {
    this.user = ctx.user;
    this.workdir = ctx.workdir;
    this.workdirSet = workdirSet;
    this.shellSet = shellSet;
    this.imageKnown = imageKnown;
    this.#shared = shared;
    this.#guessed = guessed;
  }

  get env(): ReadonlyMap<string, string> { return (this.#shared.env ??= envMap(this.#shared.list, this.#guessed)); }

  defines(name: string): boolean {
    const shared = this.#shared;
    if (shared.env !== undefined) return shared.env.has(name) || shared.declaredList.includes(name);
    for (const e of shared.list) if (e.key === name) return true;
    return (this.#guessed !== undefined && Object.hasOwn(this.#guessed, name)) || shared.declaredList.includes(name);
  }

  get declared(): ReadonlySet<string> { return (this.#shared.declared ??= new Set(this.#shared.declaredList)); }
}

/** The shared lookups for a context: the previous ones when its lists are the same. */
function sharedFor(ctx: DispatchContext, prev: Shared | undefined): Shared {
  return prev && prev.list === ctx.env && prev.declaredList === ctx.declaredArgs ? prev : { list: ctx.env, declaredList: ctx.declaredArgs };
}

/** Computes the states of every stage (a stage built on another starts from that stage's end). */
export function stageStates(stages: readonly Stage[]): StageState[] {
  const out: StageState[] = [];
  for (const stage of stages) {
    const parent = stage.baseStage !== undefined ? out[stage.baseStage]?.end : undefined;
    let workdirSet = parent?.workdirSet ?? false;
    let shellSet = parent?.shellSet ?? false;
    const imageKnown = parent ? parent.imageKnown : stage.image !== undefined;
    const before: InstState[] = [];
    let shared: Shared | undefined;
    for (const inst of stage.instructions) {
      const cmd = inst.command!;
      shared = sharedFor(cmd.context, shared);
      before.push(new View(cmd.context, workdirSet, shellSet, imageKnown, shared, stage.guessedImageEnv));
      if (cmd.instruction.kind === 'workdir') workdirSet = true;
      if (cmd.instruction.kind === 'shell') shellSet = true;
    }
    out.push({ before, end: new View(stage.final, workdirSet, shellSet, imageKnown, sharedFor(stage.final, shared), stage.guessedImageEnv) });
  }
  return out;
}
