// Tracks BuildKit solver/edge.go: one vertex's cache lookup, execution and saved result, plus why.
import type { FsFile } from '../cache/context.ts';
import { baseImageOf, pushLayer, type FsState, type RestEffect } from '../cache/fs-state.ts';
import { digest, type Digest } from '../cache/hash.ts';
import { runEffect } from '../cache/commands/registry.ts';
import { inputMatches, lookup, newKey, save, type CacheInput, type CacheRecord } from '../cache/store.ts';
import type { ExecOp, PlannedStep } from '../cache/types.ts';
import type { Cause } from './causes.ts';
import { hasShell, imageEnv } from '../instructions/index.ts';
import { copyInput, mountInputs, runView, type StepInput } from './inputs.ts';
import { explainHit, explainMiss } from './explain.ts';
import { baseState, opOf, outcome, sourceState, type BuildState } from './simulator.ts';
import type { ModelNote, Verdict } from './types.ts';

/** What the cache keeps for a result. */
export interface StoredResult {
  readonly fs: FsState;
  readonly models: readonly ModelNote[];
}

/** A vertex evaluated in one build. */
export interface StepOutcome {
  readonly key: Digest;
  readonly definition: Digest;
  readonly fs: FsState;
  readonly verdict: Verdict;
  readonly causes: readonly Cause[];
  readonly read: ReadonlyMap<string, Digest>;
  readonly models: readonly ModelNote[];
  readonly errors: readonly string[];
  /** The step failed, or did not run because a step it needs failed. */
  readonly failed: boolean;
}

/** Everything known about a step before the lookup. */
export interface StepFacts {
  readonly step: PlannedStep;
  readonly op: Digest;
  readonly parent: StepOutcome | undefined;
  readonly parentKey: Digest;
  readonly parentFs: FsState;
  readonly extra: readonly StepInput[];
  readonly inputs: readonly CacheInput[];
  readonly opKnown: boolean;
  readonly chainKnown: boolean;
  readonly extraKnown: readonly boolean[];
}

function shellCommand(op: ExecOp): string | undefined {
  const c = op.args.indexOf('-c');
  return c >= 0 && c === op.args.length - 2 ? op.args[c + 1] : undefined;
}

function execute(state: BuildState, facts: StepFacts): StoredResult & { readonly fails?: string } {
  const op = facts.step.op;
  if (op.kind === 'mkdir') return { fs: facts.parentFs, models: [] };
  const placed = new Map<string, FsFile>();
  if (op.kind === 'copy') {
    for (const i of facts.extra) for (const [p, f] of i.placed) placed.set(p, f);
    return { fs: pushLayer(facts.parentFs, placed), models: [] };
  }
  const session = state.session;
  const nonce = digest('nonce', String(session.nonceCounter++));
  const image = imageEnv(baseImageOf(facts.parentFs));
  const env = (name: string): string | undefined => {
    for (let i = op.env.length - 1; i >= 0; i--) if (op.env[i]!.name === name) return op.env[i]!.value;
    return image.find(([k]) => k === name)?.[1];
  };
  const targets = op.mounts.map((m) => m.target);
  const command = shellCommand(op);
  const stateDigest = digest('state', facts.parentKey, ...facts.inputs.map((i) => i.content ?? i.def ?? ''));
  const view = { fs: runView(facts.parentFs, facts.extra), cwd: op.cwd, env, volatileTargets: targets, nonce, ownerHashed: session.engine.cacheKeys.uidGidInContentHash, toolchain: session.options.toolchain, stateDigest };
  const effect = runEffect(command ?? '', command === undefined ? op.args : undefined, view);
  for (const [p, f] of effect.writes) if (!targets.some((t) => p === t || p.startsWith(t + '/'))) placed.set(p, f);
  const rest: RestEffect =
    effect.rest === 'untouched'
      ? { kind: 'untouched' }
      : effect.rest === 'deterministic'
        ? { kind: 'transform', digest: digest('transform', effect.restDigest, facts.parentKey, ...facts.inputs.map((i) => i.content ?? i.def ?? '')) }
        : { kind: 'nonce', digest: nonce };
  const models = effect.commands.map((c, i) => ({ model: c.model, dependsOn: c.dependsOn, argv: effect.argv[i] ?? [], reads: c.reads.length }));
  const noShell = command !== undefined && !hasShell(baseImageOf(facts.parentFs)) ? `${op.args[0] ?? '/bin/sh'}: not found in ${baseImageOf(facts.parentFs)}` : undefined;
  const missingSecret = op.mounts.find((m) => m.type === 'secret' && m.required && state.secrets !== undefined && !(m.id in state.secrets));
  const fails = noShell ?? (missingSecret ? `secret ${missingSecret.type === 'secret' ? missingSecret.id : ''}: not found` : undefined) ?? effect.fails;
  return { fs: pushLayer(facts.parentFs, placed, rest), models, ...(fails !== undefined ? { fails } : {}) };
}

function gatherFacts(state: BuildState, step: PlannedStep): StepFacts {
  const parent = step.parent !== undefined ? outcome(state, step.parent) : undefined;
  const base = parent ? undefined : baseState(state, state.plan.stages[step.stage]!.base);
  const parentKey = parent?.key ?? base!.key;
  const parentFs = parent?.fs ?? base!.fs;
  const resolve = (s: Parameters<typeof sourceState>[1]) => sourceState(state, s);
  const extra = step.op.kind === 'copy' ? [copyInput(step.op, state.context, resolve, state.session.engine.cacheKeys.uidGidInContentHash)] : step.op.kind === 'exec' ? mountInputs(step.op, state.context, resolve) : [];
  const inputs: CacheInput[] = [{ def: parentKey, content: undefined }, ...extra.map((e) => e.input)];
  const op = opOf(state.session, step);
  const store = state.session.store;
  return {
    step,
    op,
    parent,
    parentKey,
    parentFs,
    extra,
    inputs,
    opKnown: store.byOp.has(op),
    chainKnown: parent?.verdict !== 'run' && inputMatches(store, op, 0, inputs[0]!),
    extraKnown: extra.map((e, i) => inputMatches(store, op, i + 1, e.input)),
  };
}

/** Evaluates one step: lookup, execute on a miss, save, explain. */
export function evaluateStep(state: BuildState, step: PlannedStep): StepOutcome {
  const facts = gatherFacts(state, step);
  const definition = digest('vertex', facts.op, ...facts.inputs.map((i) => i.def ?? i.content ?? ''));
  const same = state.byDefinition.get(definition);
  if (same) return same;
  const session = state.session;
  if (facts.parent?.failed || facts.extra.some((e) => e.failed)) {
    const skipped: StepOutcome = { key: digest('skipped', definition), definition, fs: facts.parentFs, verdict: 'run', causes: [{ kind: 'error', message: 'not run: a step it needs failed' }], read: new Map(), models: [], errors: [], failed: true };
    state.byDefinition.set(definition, skipped);
    return skipped;
  }
  const errors = facts.extra.flatMap((e) => e.missing.map((m) => `${step.name}: "${m}" not found in the build context`));
  const blocked = step.ignoreCache || errors.length > 0 || facts.parent?.verdict === 'run';
  const hit: CacheRecord<StoredResult> | undefined = blocked ? undefined : lookup(session.store, facts.op, facts.inputs);
  const read = new Map<string, Digest>();
  for (const e of facts.extra) for (const [p, d] of e.read) read.set(p, d);
  let result: StoredResult;
  let key: Digest;
  let causes: Cause[];
  if (hit) {
    causes = explainHit(state, facts, hit, read);
    key = hit.key;
    result = hit.result;
    save(session.store, facts.op, facts.inputs, key, result, session.buildIndex, false);
  } else {
    const executed = errors.length > 0 ? undefined : execute(state, facts);
    if (executed?.fails !== undefined) errors.push(`${step.name}: ${executed.fails}`);
    causes = errors.length > 0 ? errors.map((message) => ({ kind: 'error' as const, message })) : explainMiss(state, facts, read);
    result = executed ?? { fs: facts.parentFs, models: [] };
    key = newKey(facts.op, facts.inputs);
    if (errors.length === 0) save(session.store, facts.op, facts.inputs, key, result, session.buildIndex, true);
  }
  const o: StepOutcome = { key, definition, fs: result.fs, verdict: hit ? 'cached' : 'run', causes, read, models: result.models, errors, failed: errors.length > 0 };
  state.byDefinition.set(definition, o);
  return o;
}
