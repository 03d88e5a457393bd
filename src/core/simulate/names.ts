// Tracks BuildKit client/llb/state.go marshal: identical ops are one vertex, and the name of the
// occurrence visited last (depth-first, inputs before the op) is the one printed.
import type { Digest } from '../cache/hash.ts';
import type { BuildPlan, StepSource } from '../cache/types.ts';

/** Chooses the printed name of every vertex (keyed by its definition digest). */
export function displayNames(plan: BuildPlan, outcomes: ReadonlyMap<number, { readonly definition: Digest }>): Map<Digest, string> {
  const names = new Map<Digest, string>();
  const visited = new Set<number>();
  const visitStage = (stage: number, seen: Set<number>): void => {
    const s = plan.stages[stage];
    if (!s || seen.has(stage)) return;
    const last = s.steps[s.steps.length - 1];
    if (last !== undefined) visit(last, seen);
    else if (s.base.kind === 'stage') visitStage(s.base.stage, new Set([...seen, stage]));
  };
  const visitSource = (source: StepSource, seen: Set<number>): void => {
    if (source.kind === 'stage') visitStage(source.stage, seen);
  };
  const visit = (id: number, seen: Set<number>): void => {
    if (visited.has(id)) return;
    visited.add(id);
    const step = plan.steps[id]!;
    if (step.parent !== undefined) visit(step.parent, seen);
    else {
      const base = plan.stages[step.stage]!.base;
      if (base.kind === 'stage') visitStage(base.stage, seen);
    }
    if (step.op.kind === 'copy') visitSource(step.op.from, seen);
    if (step.op.kind === 'exec') for (const m of step.op.mounts) if (m.type === 'bind') visitSource(m.from, seen);
    const o = outcomes.get(id);
    if (o) names.set(o.definition, step.name);
  };
  visitStage(plan.target, new Set());
  for (const step of plan.steps) {
    const o = outcomes.get(step.id);
    if (o && !names.has(o.definition)) names.set(o.definition, step.name);
  }
  return names;
}
