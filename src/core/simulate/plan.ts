// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go Dockerfile2LLB, through the shared pipeline.
/** Plans a build for the cache: parseDockerfile → toStages → buildStepGraph, then the graph's steps as PlannedSteps. */
import type { BuildPlan, PlannedStep, StageBase, StagePlan } from '../cache/types.ts';
import { getEngine, type EngineId } from '../engines/index.ts';
import { buildStepGraph, type Step, type StepGraph } from '../graph/index.ts';
import { knownImageConfig, normalizeImageRef, toStages, type StagesResult } from '../instructions/index.ts';
import { parseDockerfile } from '../syntax/index.ts';
import { stepOp } from './plan-ops.ts';

/** One build's inputs to planning. */
export interface PlanInput {
  readonly dockerfile: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly noCache?: boolean;
  readonly engine: EngineId;
}

const PLANNED = new Set<Step['kind']>(['run', 'copy', 'add', 'workdir']);

function stageBase(stages: StagesResult, index: number): StageBase {
  const stage = stages.stages[index]!;
  if (stage.base.kind === 'stage') return { kind: 'stage', stage: stage.base.index };
  if (stage.base.kind === 'scratch' || stage.imageConfig.layers === 0) return { kind: 'scratch' };
  const platform = stage.platform ?? '';
  const buildPlatform = stages.globalArgs.find((e) => e.key === 'BUILDPLATFORM')?.value;
  return { kind: 'image', ref: normalizeImageRef(stage.baseName) + (platform === '' || platform === buildPlatform ? '' : ` (platform ${platform})`) };
}

/** The planned step a graph step's output stands for (a COPY --link merge stands for its copy; a FROM for the base). */
function plannedParent(graph: StepGraph, byGraphId: ReadonlyMap<string, number>, id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  const planned = byGraphId.get(id);
  if (planned !== undefined) return planned;
  const step = graph.steps.find((s) => s.id === id);
  if (step?.kind === 'link') return plannedParent(graph, byGraphId, step.inputs[step.inputs.length - 1]);
  return undefined;
}

/** The step a COPY --link copy sits on in the stage chain (its LINK merge's parent). */
function chainParent(graph: StepGraph, step: Step): string | undefined {
  if (step.op.kind !== 'file-copy' || !step.op.onScratch) return step.parent;
  return graph.steps.find((s) => s.kind === 'link' && s.inputs.includes(step.id))?.parent;
}

function planSteps(graph: StepGraph, stages: StagesResult, input: PlanInput): PlannedStep[] {
  const out: PlannedStep[] = [];
  const byGraphId = new Map<string, number>();
  const engine = getEngine(input.engine);
  for (const step of graph.steps) {
    if (!PLANNED.has(step.kind) || !step.printed || step.stage === undefined || step.instruction === undefined) continue;
    const op = stepOp(step, stages, engine);
    if (op === undefined) continue;
    const id = out.length;
    out.push({
      id, name: step.name, stage: step.stage, text: step.instruction.code, line: step.range.start.line, op,
      parent: plannedParent(graph, byGraphId, chainParent(graph, step)), ignoreCache: (input.noCache ?? false) && op.kind !== 'mkdir',
    });
    byGraphId.set(step.id, id);
  }
  return out;
}

/** Plans a build: which stages run, their steps (named by the shared step graph) and the ops the cache keys. */
export function planBuild(input: PlanInput): BuildPlan {
  const tree = parseDockerfile(input.dockerfile);
  const stages = toStages(tree, { engine: input.engine, buildArgs: input.buildArgs ?? {}, imageConfig: knownImageConfig, ...(input.target !== undefined && input.target !== '' ? { target: input.target } : {}) });
  const graph = buildStepGraph(stages);
  const errors = [...tree.problems, ...graph.problems].filter((p) => p.severity === 'error').map((p) => `line ${p.range.start.line + 1}: ${p.message}`);
  const steps = planSteps(graph, stages, input);
  const plans: StagePlan[] = stages.stages.map((s) => ({
    index: s.index, name: s.name, displayName: s.displayName, base: stageBase(stages, s.index),
    steps: steps.filter((p) => p.stage === s.index).map((p) => p.id), reachable: s.reachable,
  }));
  return { stages: plans, steps, target: stages.target ?? Math.max(0, stages.stages.length - 1), errors };
}
