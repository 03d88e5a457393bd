// Tracks BuildKit solver/jobs.go + edge.go over a dockerfile2llb graph: per vertex, cached or run, and why.
import { snapshotContext, type ContextSnapshot } from '../cache/context.ts';
import { digest, type Digest } from '../cache/hash.ts';
import { opDigest } from '../cache/op-digest.ts';
import { createStore, type CacheStore } from '../cache/store.ts';
import type { BuildPlan, PlannedStep, StageBase, StepSource } from '../cache/types.ts';
import { getEngine, type EngineId, type EngineProfile } from '../engines/index.ts';
import { normalizeImageRef } from '../instructions/index.ts';
import { planBuild } from './plan.ts';
import type { SourceState } from './inputs.ts';
import { evaluateStep, type StepOutcome, type StoredResult } from './evaluate.ts';
import type { StepTrace } from './trace.ts';
import type { GoToolchain } from '../cache/commands/types.ts';
import type { BuildInput, BuildResult, StepVerdict } from './types.ts';
import { displayNames } from './names.ts';
import { positionKey } from './explain.ts';

/** A sequence of builds sharing one build cache. */
export interface Simulator {
  readonly engine: EngineProfile;
  /** Simulates the next build and remembers its results in the cache. */
  readonly build: (input: BuildInput) => BuildResult;
}

/** Knobs of a simulation beyond the engine. */
export interface SimulatorOptions {
  readonly engine?: EngineId | EngineProfile;
  /** Real Go (default) or the oracle's stand-in `go` used by the recordings. */
  readonly toolchain?: GoToolchain;
  /** The `docker build --network` default every RUN gets ("default" unless told). */
  readonly network?: string;
  /** Image references known to be the same image (same layers): ref → canonical ref. */
  readonly imageAliases?: Readonly<Record<string, string>>;
}

/** Mutable state of one simulation, shared by the evaluation helpers. */
export interface Session {
  readonly engine: EngineProfile;
  readonly options: { readonly toolchain: GoToolchain; readonly network: string; readonly imageAliases: Readonly<Record<string, string>> };
  readonly store: CacheStore<StoredResult>;
  readonly contentCache: Map<string, Digest>;
  traces: Map<string, StepTrace>;
  lastSnapshot: ContextSnapshot | undefined;
  /** The last plan and what it was planned from (the Dockerfile rarely changes between builds). */
  lastPlan: { readonly key: string; readonly plan: BuildPlan } | undefined;
  buildIndex: number;
  nonceCounter: number;
}

/** Per-build evaluation state. */
export interface BuildState {
  readonly session: Session;
  readonly plan: BuildPlan;
  readonly context: ContextSnapshot;
  readonly outcomes: Map<number, StepOutcome>;
  readonly byDefinition: Map<Digest, StepOutcome>;
  readonly previous: Map<string, StepTrace>;
  /** The previous build's context (to tell a mode change from a content change). */
  readonly previousContext: ContextSnapshot | undefined;
  readonly secrets: Readonly<Record<string, string>> | undefined;
}

/** The key and filesystem a stage starts from. */
export function baseState(state: BuildState, base: StageBase): SourceState {
  if (base.kind === 'image') {
    const ref = imageIdentity(state.session, base.ref);
    return { key: digest('image', ref), fs: { kind: 'image', ref }, label: base.ref };
  }
  if (base.kind === 'scratch') return { key: digest('scratch'), fs: { kind: 'scratch' }, label: 'scratch' };
  return finalState(state, base.stage);
}

/** The identity of an image reference (aliases of one image share it). */
export function imageIdentity(session: Session, ref: string): string {
  const aliases = session.options.imageAliases;
  for (const [alias, target] of Object.entries(aliases)) if (normalizeImageRef(alias) === ref) return normalizeImageRef(target);
  return ref;
}

/** The final key and filesystem of a stage (evaluating it if needed). */
export function finalState(state: BuildState, stage: number): SourceState {
  const plan = state.plan.stages[stage]!;
  const last = plan.steps[plan.steps.length - 1];
  const label = plan.name ?? String(stage);
  if (last === undefined) return { ...baseState(state, plan.base), label };
  const o = outcome(state, last);
  return { key: o.key, fs: o.fs, label, failed: o.failed };
}

/** Resolves a copy/mount source to a state. */
export function sourceState(state: BuildState, source: StepSource): SourceState {
  switch (source.kind) {
    case 'stage':
      return finalState(state, source.stage);
    case 'image':
      return baseState(state, { kind: 'image', ref: source.ref });
    case 'scratch':
    case 'context':
    case 'inline':
      return baseState(state, { kind: 'scratch' });
    default: {
      const never: never = source;
      return never;
    }
  }
}

/** The outcome of a step, evaluating it (and what it depends on) on first use. */
export function outcome(state: BuildState, id: number): StepOutcome {
  const done = state.outcomes.get(id);
  if (done) return done;
  const step = state.plan.steps[id]!;
  const o = evaluateStep(state, step);
  state.outcomes.set(id, o);
  return o;
}

/** Creates a simulator for one engine generation. */
export function createSimulator(options: SimulatorOptions | EngineId = {}): Simulator {
  const o: SimulatorOptions = typeof options === 'string' ? { engine: options } : options;
  const engine = o.engine ?? 'modern';
  const profile = typeof engine === 'string' ? getEngine(engine) : engine;
  const session: Session = {
    engine: profile,
    options: { toolchain: o.toolchain ?? 'go', network: o.network ?? 'default', imageAliases: o.imageAliases ?? {} },
    store: createStore(),
    contentCache: new Map(),
    traces: new Map(),
    lastSnapshot: undefined,
    lastPlan: undefined,
    buildIndex: 0,
    nonceCounter: 0,
  };
  return { engine: profile, build: (input) => simulateBuild(session, input) };
}

function simulateBuild(session: Session, input: BuildInput): BuildResult {
  const planInput = { dockerfile: input.dockerfile, buildArgs: input.buildArgs ?? {}, target: input.target, noCache: input.noCache ?? false, engine: session.engine.id };
  const planKey = JSON.stringify([planInput.dockerfile, planInput.buildArgs, planInput.target ?? null, planInput.noCache]);
  const plan = session.lastPlan?.key === planKey ? session.lastPlan.plan : planBuild(planInput);
  session.lastPlan = { key: planKey, plan };
  const dockerfilePath = input.dockerfilePath ?? 'Dockerfile';
  const previousContext = session.lastSnapshot;
  const context = snapshotContext(input.context, input.dirModes, `${dockerfilePath}.dockerignore`, previousContext, session.engine.transferSendsEmptiedDirs);
  session.lastSnapshot = context;
  const state: BuildState = { session, plan, context, outcomes: new Map(), byDefinition: new Map(), previous: session.traces, previousContext, secrets: input.secrets };
  const index = session.buildIndex;
  const rejected = [...plan.errors, ...(context.ignoreError !== undefined ? [`failed to parse .dockerignore: ${context.ignoreError}`] : [])];
  if (rejected.length > 0) {
    session.buildIndex++;
    return { index, steps: [], errors: rejected, plan };
  }
  for (const step of plan.steps) outcome(state, step.id);
  const names = displayNames(plan, state.outcomes);
  const verdicts: StepVerdict[] = [];
  const traces = new Map<string, StepTrace>();
  const printed = new Set<Digest>();
  for (const step of plan.steps) {
    const o = state.outcomes.get(step.id)!;
    const trace: StepTrace = { step, base: plan.stages[step.stage]!.base, read: o.read, key: o.key, verdict: o.verdict };
    traces.set(step.name, trace);
    traces.set(positionKey(step, plan.stages[step.stage]!.steps), trace);
    if (printed.has(o.definition)) continue;
    printed.add(o.definition);
    const group = plan.steps.filter((s) => state.outcomes.get(s.id)!.definition === o.definition).map((s) => s.name);
    let bytes = 0;
    for (const p of o.read.keys()) {
      const e = context.entries.get(p);
      bytes += e?.kind === 'file' ? e.content.length : 0; // characters of text, bytes of binary content
    }
    const reads = { files: o.read.size, bytes };
    verdicts.push({ name: names.get(o.definition) ?? step.name, names: group, stage: step.stage, verdict: o.verdict, causes: o.causes, step, models: o.models, reads, failed: o.failed });
  }
  const errors = [...state.outcomes.values()].flatMap((o) => o.errors);
  session.traces = traces;
  session.buildIndex++;
  return { index, steps: verdicts, errors, plan };
}

/** Engine options for op digests. */
export function opOf(session: Session, step: PlannedStep): Digest {
  return opDigest(step.op, { cacheMountIdInKey: session.engine.cacheKeys.cacheMountIdInKey, defaultNetwork: session.options.network });
}
