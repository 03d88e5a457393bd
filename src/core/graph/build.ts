// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert.go (Dockerfile2LLB: resolve bases, dispatch, marshal)
/** Stages → the steps BuildKit creates and prints, named exactly as plain progress names them. */
import { getEngine } from '../engines/index.ts';
import type { StagesResult } from '../instructions/types.ts';
import { newBuilder } from './builder.ts';
import type { GraphBuilder } from './builder.ts';
import type { StageCursor } from './cursor.ts';
import { nameVertices } from './marshal.ts';
import { stageDag } from './stage-dag.ts';
import { addFromStep, dispatchStage, stageTotal } from './stage-steps.ts';
import type { StepGraph, StepGraphOptions } from './types.ts';

function reachableStates(stages: StagesResult): Set<number> {
  const out = new Set<number>();
  stages.states.forEach((entry, i) => {
    if (entry.kind === 'stage' && stages.stages[entry.stage]?.reachable === true) out.add(i);
  });
  for (const s of stages.stages) if (s.reachable) for (const d of s.dependencies) out.add(d.state);
  return out;
}

function cursorFor(b: GraphBuilder, state: number): StageCursor {
  const entry = b.stages.states[state];
  const stage = entry?.kind === 'stage' ? b.stages.stages[entry.stage] : undefined;
  return {
    stage: stage?.index ?? -1, state, stageName: stage?.displayName ?? '',
    total: stage === undefined ? 0 : stageTotal(stage, b.engine.onbuild.countedInTotal), index: 0, current: undefined, onbuild: false,
  };
}

/** Resolution: FROM vertices for image bases and unregistered images (FROM is step 1 of its stage). */
function resolveBases(b: GraphBuilder, reachable: ReadonlySet<number>): Map<number, StageCursor> {
  const cursors = new Map<number, StageCursor>();
  b.stages.states.forEach((entry, state) => {
    if (!reachable.has(state)) return;
    const cursor = cursorFor(b, state);
    cursors.set(state, cursor);
    if (entry.kind === 'unregistered') {
      if (entry.ref.kind === 'image') addFromStep(b, cursor, entry.ref.ref, undefined, undefined, undefined);
    } else {
      const stage = b.stages.stages[entry.stage];
      if (stage?.base.kind === 'image') addFromStep(b, cursor, stage.baseName, stage.platform, stage.imageConfig.layers, stage);
    }
    b.outputs.set(state, cursor.current);
  });
  return cursors;
}

/** buildStepGraph: every step BuildKit creates for the target, deduped into vertices, with the stage DAG. */
export function buildStepGraph(stages: StagesResult, options: StepGraphOptions = {}): StepGraph {
  const engine = getEngine(options.engine ?? stages.engine);
  const b = newBuilder(engine, stages, stages.escapeToken);
  const reachable = reachableStates(stages);
  const cursors = resolveBases(b, reachable);
  stages.states.forEach((entry, state) => {
    const cursor = cursors.get(state);
    if (entry.kind !== 'stage' || cursor === undefined) return;
    const stage = stages.stages[entry.stage];
    if (stage === undefined) return;
    if (stage.base.kind === 'stage') cursor.current = b.outputs.get(stage.base.index);
    dispatchStage(b, cursor, stage);
    b.outputs.set(state, cursor.current);
  });
  const output = stages.target === undefined ? undefined : b.outputs.get(stages.target);
  const { steps, vertices } = nameVertices(b.steps, output, engine);
  const { nodes, edges } = stageDag(stages);
  const paths = [...b.contextPaths].sort();
  return {
    engine: engine.id, steps, vertices, sameVertex: vertices.filter((v) => v.names.length > 1).map((v) => v.names),
    stages: nodes, edges, target: stages.target, contextPaths: paths.includes('/') ? ['/'] : paths, output,
    problems: [...stages.problems, ...b.problems],
  };
}
