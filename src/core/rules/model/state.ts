/** The build state before every instruction, read from toStages' dispatch contexts (plus what only rules ask: was WORKDIR/SHELL set, is the base image known). */
import { DEFAULT_PATH, type DispatchContext } from '../../instructions/index.ts';
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
}

/** State before each instruction of a stage, and at its end. */
export interface StageState {
  readonly before: readonly InstState[];
  readonly end: InstState;
}

/** The dispatch env as a map, over the guessed image env when there is one (BuildKit's default PATH does not replace the image's). */
function envMap(ctx: DispatchContext, guessed: Readonly<Record<string, string>> | undefined): Map<string, string> {
  if (!guessed) return new Map(ctx.env.map((e) => [e.key, e.value] as const));
  const env = new Map(Object.entries(guessed));
  for (const e of ctx.env) if (!(e.key === 'PATH' && e.value === DEFAULT_PATH && env.has('PATH'))) env.set(e.key, e.value);
  return env;
}

/** A lazily converted view of one dispatch context (env map and declared set are built on first read). */
function view(ctx: DispatchContext, flags: { workdirSet: boolean; shellSet: boolean; imageKnown: boolean }, guessed: Readonly<Record<string, string>> | undefined): InstState {
  let env: Map<string, string> | undefined;
  let declared: Set<string> | undefined;
  return {
    get env() { return (env ??= envMap(ctx, guessed)); },
    get declared() { return (declared ??= new Set(ctx.declaredArgs)); },
    user: ctx.user, workdir: ctx.workdir, ...flags,
  };
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
    for (const inst of stage.instructions) {
      const cmd = inst.command!;
      before.push(view(cmd.context, { workdirSet, shellSet, imageKnown }, stage.guessedImageEnv));
      if (cmd.instruction.kind === 'workdir') workdirSet = true;
      if (cmd.instruction.kind === 'shell') shellSet = true;
    }
    out.push({ before, end: view(stage.final, { workdirSet, shellSet, imageKnown }, stage.guessedImageEnv) });
  }
  return out;
}
