/** Stages, steps, verdicts, lanes and estimates for the analysis: graph → judge (simulator + scheduler) → view. */
import type { Problem, SyntaxTree } from '../core/syntax/types.ts';
import { toStages } from '../core/instructions/index.ts';
import { buildStepGraph, printedSteps } from '../core/graph/index.ts';
import type { Step, StepGraph } from '../core/graph/types.ts';
import { renderPlainLog } from './plain-log.ts';
import { baseImageSize, GO_BINARY_MB, PACKAGE_MB } from '../core/schedule/index.ts';
import { layoutStages, placeStages, stepSeconds } from './estimates.ts';
import type { AnalysisResult, Cause, CoreStatus, Methods, StepView, Verdict } from './protocol.ts';

/** The build part of an analysis result. */
export type BuildView = Pick<AnalysisResult, 'stages' | 'steps' | 'estimate' | 'log'> & {
  readonly core: Pick<CoreStatus, 'graph' | 'simulate' | 'schedule'>;
  /** Problems the instructions and graph stages found (BuildKit would refuse the build on errors). */
  readonly problems: readonly Problem[];
};

type Params = Methods['analyze']['params'];

/** Stage times, step durations and totals from the core scheduler. */
export interface Timing {
  /** Seconds each step takes when it runs, by printed name. */
  readonly stepSeconds: ReadonlyMap<string, number>;
  /** Start, end and critical flag of each stage (by index) on this rebuild's timeline. */
  readonly stages: ReadonlyMap<number, { readonly start: number; readonly end: number; readonly critical: boolean }>;
  readonly estimate: AnalysisResult['estimate'];
}

/** What a judge says: each step's verdict and causes, plus the scheduler's timing when it has one. */
export interface Judgement {
  readonly verdicts: ReadonlyMap<string, { readonly verdict: Verdict; readonly causes: readonly Cause[] }>;
  readonly timing?: Timing;
}

/** A step's verdict and causes, from the simulator or a cold-cache default. */
export type Judge = (graph: StepGraph, steps: readonly Step[], params: Params) => Judgement;

/** Without a simulator: every step runs, because nothing can be said about the cache. */
const coldJudge: Judge = (_graph, steps, params) => ({
  verdicts: new Map(steps.map((s) => [s.printedName, { verdict: 'run' as const, causes: [{ text: params.history.length === 0 ? 'First build: the cache is empty.' : 'No cache simulator: shown as run.' }] }])),
});

/** Computes the build view for the current files and settings against the recorded builds. */
export function buildView(tree: SyntaxTree, params: Params, judge: Judge = coldJudge): BuildView {
  const settings = params.current.settings;
  const stages = toStages(tree, { engine: settings.engine, buildArgs: settings.buildArgs, ...(settings.target ? { target: settings.target } : {}) });
  const graph = buildStepGraph(stages);
  const printed = printedSteps(graph);
  const { verdicts, timing } = judge(graph, printed, params);
  const steps: StepView[] = printed.map((s) => {
    const v = verdicts.get(s.printedName) ?? { verdict: 'run' as const, causes: [] };
    const stage = graph.stages.find((n) => n.index === s.stage);
    return { name: s.printedName, stage: stage?.displayName ?? '', verdict: v.verdict, causes: v.causes, range: s.range, seconds: timing?.stepSeconds.get(s.printedName) ?? stepSeconds(s) };
  });
  const nodes = graph.stages.map((n) => {
    const own = steps.filter((s) => s.stage === n.displayName);
    const deps = graph.edges.filter((e) => e.from === n.index && e.to.kind === 'stage').map((e) => (e.to.kind === 'stage' ? e.to.stage : -1));
    return { index: n.index, name: n.displayName, base: stages.stages[n.index]?.baseName ?? '', deps: [...new Set(deps)], own, used: n.reachable };
  });
  const layout = (counted: (v: Verdict) => boolean) =>
    layoutStages(nodes.map((n) => ({ ...n, seconds: n.own.filter((s) => counted(s.verdict)).reduce((t, s) => t + s.seconds, 0) })), graph.target);
  const stageViews = timing ? placeStages(nodes, timing) : layout((v) => v === 'run');
  const finish = (views: readonly { end: number; used: boolean }[]): number => Math.max(0, ...views.filter((v) => v.used).map((v) => v.end));
  const estimate = timing?.estimate ?? { coldSeconds: 4 + finish(layout(() => true)), warmSeconds: finish(stageViews), imageBytes: imageBytes(graph, stages.stages.map((s) => s.baseName), steps, params) };
  const dockerfileText = params.current.files[params.dockerfile] ?? '';
  const contextBytes = Object.values(params.current.files).reduce((n, t) => n + t.length, 0);
  return {
    stages: stageViews,
    steps,
    estimate,
    log: steps.length === 0 ? '' : renderPlainLog({ dockerfile: params.dockerfile, dockerfileBytes: dockerfileText.length, contextBytes, stages: stageViews, steps }),
    core: { graph: true, simulate: judge !== coldJudge, schedule: timing !== undefined },
    problems: [...stages.problems, ...graph.problems],
  };
}

/** Final image size guess from the core's documented size tables: the target's base plus what its steps add. */
function imageBytes(graph: StepGraph, bases: readonly string[], steps: readonly StepView[], params: Params): number {
  const target = graph.stages.find((s) => s.isTarget) ?? graph.stages[graph.stages.length - 1];
  if (!target) return 0;
  const contextBytes = Object.values(params.current.files).reduce((n, t) => n + t.length, 0);
  const MB = 1_000_000;
  let image = baseImageSize(bases[target.index] ?? '').mb * MB;
  for (const s of steps.filter((st) => st.stage === target.displayName)) {
    if (/\] COPY (--\S+ )*--from/.test(s.name)) image += GO_BINARY_MB.plain * MB;
    else if (/\] (COPY|ADD) /.test(s.name)) image += contextBytes;
    else if (/\] RUN .*apk add/.test(s.name)) image += PACKAGE_MB.apk * MB;
    else if (/\] RUN .*apt-get install/.test(s.name)) image += PACKAGE_MB.apt * MB;
  }
  return image;
}
