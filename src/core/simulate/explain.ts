/** Turns cache facts into cause chains (why a step ran, why it stayed cached). */
import type { Digest } from '../cache/hash.ts';
import type { CacheRecord } from '../cache/store.ts';
import type { PlannedStep } from '../cache/types.ts';
import type { Cause, FileChange, Producer } from './causes.ts';
import type { StepFacts, StepOutcome, StoredResult } from './evaluate.ts';
import type { BuildState } from './simulator.ts';
import { baseCause, definitionCauses, diffReads, type StepTrace } from './trace.ts';

/** The key the previous build's trace of a step is stored under when its name changed. */
export function positionKey(step: PlannedStep, stageSteps: readonly number[]): string {
  return `#${step.stage}:${stageSteps.indexOf(step.id)}`;
}

function previousTrace(state: BuildState, step: PlannedStep): StepTrace | undefined {
  return state.previous.get(step.name) ?? state.previous.get(positionKey(step, state.plan.stages[step.stage]!.steps));
}

function stepText(step: PlannedStep): string {
  return step.text.replace(/\s+/g, ' ');
}

function fileChanges(state: BuildState, trace: StepTrace | undefined, read: ReadonlyMap<string, Digest>): FileChange[] {
  if (!trace) return [];
  const before = state.previousContext?.entries;
  return diffReads(trace.read, read, (p) => {
    const a = before?.get(p);
    const b = state.context.entries.get(p);
    return a?.kind === 'file' && b?.kind === 'file' && a.content === b.content && a.mode !== b.mode;
  });
}

function producerOf(state: BuildState, stage: number): Producer | undefined {
  const steps = state.plan.stages[stage]?.steps ?? [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const o: StepOutcome | undefined = state.outcomes.get(steps[i]!);
    if (o?.verdict === 'run' && o.models.length > 0) {
      const worst = o.models.find((m) => m.model === 'unknown') ?? o.models.find((m) => m.model.startsWith('go-')) ?? o.models[0]!;
      return { step: state.plan.steps[steps[i]!]!.name, model: worst.model, dependsOn: worst.dependsOn };
    }
  }
  return undefined;
}

function stageLabel(state: BuildState, stage: number): string {
  const s = state.plan.stages[stage]!;
  return s.name ?? String(stage);
}

/** Why a step had to run. */
export function explainMiss(state: BuildState, facts: StepFacts, read: ReadonlyMap<string, Digest>): Cause[] {
  const { step } = facts;
  if (step.ignoreCache) return [{ kind: 'no-cache' }];
  const prev = previousTrace(state, step);
  if (!facts.opKnown) {
    if (prev) return definitionCauses(prev, step);
    return [{ kind: state.session.buildIndex === 0 ? 'first-build' : 'new-step' }];
  }
  if (!facts.chainKnown) {
    if (facts.parent?.verdict === 'run') return [{ kind: 'previous-step-ran', step: state.plan.steps[step.parent!]!.name }];
    if (step.parent === undefined) {
      const base = state.plan.stages[step.stage]!.base;
      const changed = prev ? baseCause(prev.base, base) : undefined;
      if (changed) return [changed];
      return [{ kind: 'previous-step-changed', step: base.kind === 'image' ? `FROM ${base.ref}` : 'the stage base' }];
    }
    return [{ kind: 'previous-step-changed', step: state.plan.steps[step.parent]!.name }];
  }
  const causes: Cause[] = [];
  facts.extra.forEach((e, i) => {
    if (facts.extraKnown[i]) return;
    if (e.source.kind === 'context') {
      const changes = fileChanges(state, prev, e.read);
      causes.push(changes.length > 0 ? { kind: 'files-changed', instruction: stepText(step), changes } : { kind: 'context-changed', instruction: stepText(step) });
    } else if (e.source.kind === 'stage') {
      causes.push({ kind: 'stage-output-changed', instruction: stepText(step), stage: stageLabel(state, e.source.stage), paths: [...e.sourcePaths.keys()], producer: producerOf(state, e.source.stage) });
    } else causes.push({ kind: 'context-changed', instruction: stepText(step) });
  });
  return causes.length > 0 ? causes : [{ kind: 'new-step' }];
}

/** Why a step stayed cached. */
export function explainHit(state: BuildState, facts: StepFacts, hit: CacheRecord<StoredResult>, read: ReadonlyMap<string, Digest>): Cause[] {
  const { step } = facts;
  const prev = previousTrace(state, step);
  for (let i = 0; i < facts.extra.length; i++) {
    const e = facts.extra[i]!;
    const def = e.input.def;
    if (e.source.kind === 'stage' && def !== undefined && !hit.inputs[i + 1]!.defs.has(def)) {
      return [{ kind: 'identical-output', instruction: stepText(step), stage: stageLabel(state, e.source.stage), paths: [...e.sourcePaths.keys()] }];
    }
  }
  const changes = fileChanges(state, prev, read);
  if (changes.length > 0) return [{ kind: 'same-content', instruction: stepText(step), changes }];
  if (prev && prev.key !== hit.key && hit.createdIn < state.session.buildIndex) return [{ kind: 'restored', build: hit.ranIn }];
  return [{ kind: 'unchanged' }];
}
