/** The mutable state of one step-graph build: steps so far, stage outputs, context paths. */
import type { EngineProfile } from '../engines/types.ts';
import type { StagesResult } from '../instructions/types.ts';
import type { EscapeToken } from '../shell/index.ts';
import type { Problem } from '../syntax/types.ts';
import type { StateSource, Step } from './types.ts';

/** A step before dedupe and marshalling fill in `vertex`, `printedName` and `printed`. */
export type DraftStep = Omit<Step, 'vertex' | 'printedName' | 'printed'>;

/** Everything the step builders share while walking the stages. */
export interface GraphBuilder {
  readonly engine: EngineProfile;
  readonly stages: StagesResult;
  readonly escapeToken: EscapeToken;
  readonly steps: DraftStep[];
  /** Output step of each dispatch state once resolved/dispatched (undefined: scratch). */
  readonly outputs: Map<number, string | undefined>;
  /** Dispatch states already dispatched (their output is final). */
  readonly dispatched: Set<number>;
  readonly contextPaths: Set<string>;
  readonly problems: Problem[];
  readonly counters: Map<number, number>;
}

/** A fresh builder. */
export function newBuilder(engine: EngineProfile, stages: StagesResult, escapeToken: EscapeToken): GraphBuilder {
  return {
    engine, stages, escapeToken, steps: [], outputs: new Map(), dispatched: new Set(), contextPaths: new Set(),
    problems: [], counters: new Map(),
  };
}

/** Adds a step with the next id of its dispatch state and returns its id. */
export function addStep(b: GraphBuilder, step: Omit<DraftStep, 'id'>): string {
  const n = b.counters.get(step.state) ?? 0;
  b.counters.set(step.state, n + 1);
  const id = `${step.state}:${n}`;
  b.steps.push({ ...step, id });
  return id;
}

/** A step id as an op input source (undefined output = scratch). */
export function sourceOf(step: string | undefined): StateSource {
  return step === undefined ? { kind: 'scratch' } : { kind: 'step', step };
}

/** The output a state has when something reads it now (v0.8 forward references read the undispatched base). */
export function outputOfState(b: GraphBuilder, state: number): string | undefined {
  return b.outputs.get(state);
}
