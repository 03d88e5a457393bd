/** Walks each stage in order and records env, declared args, user, workdir and shell before every instruction. */
import type { RuleContext } from './context.ts';
import { expandWord } from './expand.ts';
import { argPairs, envPairs } from './instr.ts';
import { UNKNOWN_IMAGE } from './images.ts';

/** The build state in force before an instruction. */
export interface InstState {
  readonly env: ReadonlyMap<string, string>;
  /** ARG names declared in this stage so far (BuildKit counts them as defined even without a value). */
  readonly declared: ReadonlySet<string>;
  /** Current USER ('' = root as far as known). */
  readonly user: string;
  readonly workdir: string | undefined;
  /** True once this file set an absolute WORKDIR in this stage or an ancestor stage. */
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

/** Computes the states of every stage (each inherits the end state of its base stage). */
export function stageStates(ctx: RuleContext): StageState[] {
  const out: StageState[] = [];
  for (const stage of ctx.stages) {
    const parent = stage.baseStage !== undefined ? out[stage.baseStage]?.end : undefined;
    const facts = stage.image ?? UNKNOWN_IMAGE;
    let cur: InstState = parent
      ? { ...parent, declared: new Set() }
      : { env: new Map(Object.entries(facts.env)), declared: new Set(), user: facts.user, workdir: undefined, workdirSet: false, shellSet: false, imageKnown: stage.image !== undefined };
    const before: InstState[] = [];
    for (const inst of stage.instructions) {
      before.push(cur);
      cur = step(cur, inst.node, ctx);
    }
    out.push({ before, end: cur });
  }
  return out;
}

function step(cur: InstState, node: RuleContext['stages'][number]['from']['node'], ctx: RuleContext): InstState {
  const esc = ctx.tree.escapeToken;
  switch (node.keyword) {
    case 'env': {
      const env = new Map(cur.env);
      for (const kv of envPairs(node)) env.set(kv.key, expandWord(kv.value ?? '', cur.env, esc).result);
      return { ...cur, env };
    }
    case 'arg': {
      const env = new Map(cur.env);
      const declared = new Set(cur.declared);
      for (const kv of argPairs(node)) {
        declared.add(kv.key);
        const value = ctx.buildArgs.get(kv.key) ?? (kv.value === undefined ? ctx.metaEnv.get(kv.key) : expandWord(kv.value, cur.env, esc).result);
        if (value !== undefined) env.set(kv.key, value);
      }
      return { ...cur, env, declared };
    }
    case 'user':
      return { ...cur, user: expandWord(node.args[0]?.value ?? '', cur.env, esc).result };
    case 'workdir': {
      const path = expandWord(node.args[0]?.value ?? '', cur.env, esc).result;
      const workdir = path.startsWith("/") ? path : `${(cur.workdir ?? '/').replace(/\/$/, '')}/${path}`;
      return { ...cur, workdir, workdirSet: true };
    }
    case 'shell':
      return { ...cur, shellSet: true };
    default:
      return cur;
  }
}
