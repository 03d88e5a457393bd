/** The simulator, replayed over the recorded builds, judging the current files: verdicts with cause chains. */
import type { ContextEntry } from '../core/cache/context.ts';
import type { Cause as CoreCause } from '../core/simulate/causes.ts';
import { renderCause } from '../core/simulate/render.ts';
import { createSimulator } from '../core/simulate/simulator.ts';
import type { BuildInput as SimInput } from '../core/simulate/types.ts';
import type { Judge } from './analysis-build.ts';
import type { BuildInput, Cause } from './protocol.ts';

/** One playground build as the simulator's input. */
function toSimInput(build: BuildInput, dockerfile: string): SimInput {
  const context = new Map<string, ContextEntry>(Object.entries(build.files).map(([p, content]) => [p, { kind: 'file', content, mode: 0o644 }]));
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
  const text = sentence(renderCause(cause));
  switch (cause.kind) {
    case 'files-changed':
    case 'same-content': {
      const file = cause.changes.find((c) => c.change !== 'deleted')?.path;
      return file === undefined ? { text } : { text, file };
    }
    case 'previous-step-ran':
    case 'previous-step-changed': {
      const range = rangeOf(cause.step);
      return range ? { text, range } : { text };
    }
    case 'stage-output-changed': {
      const range = cause.producer ? rangeOf(cause.producer.step) : undefined;
      return range ? { text, range } : { text };
    }
    default:
      return { text };
  }
}

function sentence(text: string): string {
  return `${text}.`;
}

/** Replays every recorded build into a fresh simulated cache, then judges the current build. */
export const simulatorJudge: Judge = (_graph, steps, params) => {
  const sim = createSimulator(params.current.settings.engine);
  for (const build of params.history) sim.build(toSimInput(build, params.dockerfile));
  const result = sim.build(toSimInput(params.current, params.dockerfile));
  const ranges = new Map(steps.map((s) => [s.printedName, s.range] as const));
  const rangeOf = (name: string): Cause['range'] => ranges.get(name);
  const out = new Map<string, { verdict: 'cached' | 'run'; causes: readonly Cause[] }>();
  for (const v of result.steps) {
    const entry = { verdict: v.verdict, causes: v.causes.map((c) => toCause(c, rangeOf)) };
    for (const name of [v.name, ...v.names]) if (!out.has(name)) out.set(name, entry);
  }
  if (result.errors.length > 0) for (const s of steps) if (!out.has(s.printedName)) out.set(s.printedName, { verdict: 'run', causes: result.errors.map((e) => ({ text: e })) });
  return out;
};
