// Tracks BuildKit solver/scheduler.go + edge.go: independent stages run in parallel (no limit on the
// engines recorded), steps of one stage run in order, a step starts when all its inputs are complete.
import type { BuildPlan, StepSource } from '../cache/types.ts';
import type { BuildResult, StepVerdict } from '../simulate/types.ts';
import { runSeconds, stepSeconds, type Estimate } from './durations.ts';

/** A step placed on the timeline. */
export interface ScheduledStep {
  readonly name: string;
  readonly verdict: StepVerdict['verdict'];
  readonly start: number;
  readonly end: number;
  readonly duration: Estimate;
  readonly critical: boolean;
}

/** One stage's lane. */
export interface Lane {
  readonly stage: number;
  readonly name: string;
  readonly steps: readonly ScheduledStep[];
}

/** The build as parallel lanes with the critical path marked. */
export interface Schedule {
  readonly mode: 'cold' | 'rebuild';
  readonly lanes: readonly Lane[];
  /** Step names on the critical path, first to last. */
  readonly criticalPath: readonly string[];
  /** Wall-clock estimate of the whole build (critical path length). */
  readonly total: Estimate;
}

function sourceDeps(plan: BuildPlan, source: StepSource): number[] {
  if (source.kind !== 'stage') return [];
  let stage = plan.stages[source.stage];
  while (stage && stage.steps.length === 0 && stage.base.kind === 'stage') stage = plan.stages[stage.base.stage];
  const last = stage?.steps[stage.steps.length - 1];
  return last === undefined ? [] : [last];
}

/** The step ids a step waits for. */
export function stepDeps(plan: BuildPlan, id: number): number[] {
  const step = plan.steps[id]!;
  const deps = step.parent !== undefined ? [step.parent] : [];
  if (step.op.kind === 'copy') deps.push(...sourceDeps(plan, step.op.from));
  if (step.op.kind === 'exec') for (const m of step.op.mounts) if (m.type === 'bind') deps.push(...sourceDeps(plan, m.from));
  return deps;
}

/** Lays a simulated build out as lanes; `cold` assumes every step runs, `rebuild` uses the verdicts. */
export function scheduleBuild(result: BuildResult, mode: 'cold' | 'rebuild' = 'rebuild'): Schedule {
  const plan = result.plan;
  const byName = new Map<string, StepVerdict>();
  for (const v of result.steps) for (const n of v.names) byName.set(n, v);
  const durations = new Map<StepVerdict, Estimate>();
  const duration = (v: StepVerdict): Estimate => {
    let d = durations.get(v);
    if (!d) durations.set(v, (d = mode === 'cold' ? runSeconds(v.step, v.models, v.reads.bytes) : stepSeconds(v)));
    return d;
  };
  const finish = new Map<StepVerdict, { start: number; end: number; via: StepVerdict | undefined }>();
  const timeOf = (id: number): { start: number; end: number; via: StepVerdict | undefined } => {
    const v = byName.get(plan.steps[id]!.name)!;
    const known = finish.get(v);
    if (known) return known;
    let start = 0;
    let via: StepVerdict | undefined;
    for (const d of stepDeps(plan, v.step.id)) {
      const t = timeOf(d);
      if (t.end >= start) {
        start = t.end;
        via = byName.get(plan.steps[d]!.name);
      }
    }
    const t = { start, end: start + duration(v).value, via };
    finish.set(v, t);
    return t;
  };
  for (const v of result.steps) timeOf(v.step.id);
  const critical = new Set<StepVerdict>();
  let last: StepVerdict | undefined;
  for (const v of result.steps) if (!last || finish.get(v)!.end > finish.get(last)!.end) last = v;
  for (let v = last; v; v = finish.get(v)!.via) critical.add(v);
  const lanes: Lane[] = plan.stages
    .filter((s) => result.steps.some((v) => v.stage === s.index))
    .map((s) => ({
      stage: s.index,
      name: s.name ?? `stage-${s.index}`,
      steps: result.steps
        .filter((v) => v.stage === s.index)
        .map((v) => ({ name: v.name, verdict: v.verdict, start: finish.get(v)!.start, end: finish.get(v)!.end, duration: duration(v), critical: critical.has(v) })),
    }));
  const total = last ? finish.get(last)!.end : 0;
  return {
    mode,
    lanes,
    criticalPath: result.steps.filter((v) => critical.has(v)).sort((a, b) => finish.get(a)!.start - finish.get(b)!.start).map((v) => v.name),
    total: {
      kind: 'estimate',
      value: Math.round(total * 100) / 100,
      unit: 's',
      assumptions: ['independent stages run in parallel with no limit', 'base images are already pulled', 'context transfer time not counted', `step costs from the command-model table (${mode === 'cold' ? 'every step runs' : 'cached steps ~0.05 s'})`],
    },
  };
}
