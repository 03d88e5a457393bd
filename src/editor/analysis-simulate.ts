/** The simulator, replayed over the recorded builds, judging the current files: verdicts with cause chains. */
import type { ContextEntry } from '../core/context/index.ts';
import { causeChain, createSimulator, renderCause, type BuildInput as SimInput, type BuildResult, type Cause as CoreCause } from '../core/simulate/index.ts';
import { estimateBuild } from '../core/schedule/index.ts';
import type { Judge, Timing } from './analysis-build.ts';
import type { BuildInput, Cause } from './protocol.ts';

/** One playground build as the simulator's input. */
function toSimInput(build: BuildInput, dockerfile: string): SimInput {
  const context = new Map<string, ContextEntry>(Object.entries(build.files).map(([p, content]) => [p, { kind: 'file', path: p, content, mode: 0o644 }]));
  return {
    dockerfile: build.files[dockerfile] ?? '',
    dockerfilePath: dockerfile,
    context,
    buildArgs: build.settings.buildArgs,
    ...(build.settings.target ? { target: build.settings.target } : {}),
    noCache: build.settings.noCache,
  };
}

/** A cause in words, pointing at the file or the step it is about. */
function toCause(cause: CoreCause, rangeOf: (name: string) => Cause['range']): Cause {
  const base = { text: sentence(renderCause(cause)), data: cause };
  switch (cause.kind) {
    case 'files-changed':
    case 'same-content': {
      const file = cause.changes.find((c) => c.change !== 'deleted')?.path;
      return file === undefined ? base : { ...base, file };
    }
    case 'previous-step-ran':
    case 'previous-step-changed': {
      const range = rangeOf(cause.step);
      return range ? { ...base, range } : base;
    }
    case 'stage-output-changed': {
      const range = cause.producer ? rangeOf(cause.producer.step) : undefined;
      return range ? { ...base, range } : base;
    }
    default:
      return base;
  }
}

function sentence(text: string): string {
  return `${text}.`;
}

/** The scheduler's view of a simulated build: step durations, stage times, totals. */
function timingOf(result: BuildResult): Timing {
  const { cold, rebuild, imageSize } = estimateBuild(result);
  const stepSeconds = new Map<string, number>();
  for (const lane of cold.lanes) for (const st of lane.steps) stepSeconds.set(st.name, st.duration.value);
  const stages = new Map<number, { start: number; end: number; critical: boolean }>();
  for (const lane of rebuild.lanes) {
    if (lane.steps.length === 0) continue;
    stages.set(lane.stage, {
      start: Math.min(...lane.steps.map((st) => st.start)),
      end: Math.max(...lane.steps.map((st) => st.end)),
      critical: lane.steps.some((st) => st.critical),
    });
  }
  return { stepSeconds, stages, estimate: { coldSeconds: cold.total.value, warmSeconds: rebuild.total.value, imageBytes: Math.round(imageSize.value * 1_000_000) } };
}

/** A step's own causes, then (when it ran because an earlier step ran) the root step's causes. */
function chainCauses(result: BuildResult, name: string, rangeOf: (name: string) => Cause['range']): Cause[] {
  const chain = causeChain(result, name);
  const own = chain[0]?.causes.map((c) => toCause(c, rangeOf)) ?? [];
  const root = chain.length > 1 ? chain[chain.length - 1] : undefined;
  if (!root) return own;
  return [...own, ...root.causes.map((c) => {
    const cause = toCause(c, rangeOf);
    const range = cause.range ?? rangeOf(root.step);
    const text = `root cause, at \`${root.step}\`: ${cause.text}`;
    return { text, ...(cause.data ? { data: cause.data } : {}), root: root.step, ...(cause.file !== undefined ? { file: cause.file } : {}), ...(range !== undefined && cause.file === undefined ? { range } : {}) };
  })];
}

/** Replays every recorded build into a fresh simulated cache, then judges the current build. */
export const simulatorJudge: Judge = (_graph, steps, params) => {
  const sim = createSimulator(params.current.settings.engine);
  for (const build of params.history) sim.build(toSimInput(build, params.dockerfile));
  const result = sim.build(toSimInput(params.current, params.dockerfile));
  const ranges = new Map(steps.map((s) => [s.printedName, s.range] as const));
  const rangeOf = (name: string): Cause['range'] => ranges.get(name);
  const verdicts = new Map<string, { verdict: 'cached' | 'run'; causes: readonly Cause[] }>();
  for (const v of result.steps) {
    const entry = { verdict: v.verdict, causes: chainCauses(result, v.name, rangeOf) };
    for (const name of [v.name, ...v.names]) if (!verdicts.has(name)) verdicts.set(name, entry);
  }
  if (result.errors.length > 0) for (const s of steps) if (!verdicts.has(s.printedName)) verdicts.set(s.printedName, { verdict: 'run', causes: result.errors.map((e) => ({ text: e })) });
  return result.steps.length > 0 ? { verdicts, timing: timingOf(result) } : { verdicts };
};
