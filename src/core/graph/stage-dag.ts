/** The stage DAG: FROM <stage>, COPY --from and mount from= edges, with reachability from the target. */
import type { StagesResult } from '../instructions/types.ts';
import type { StageEdge, StageEdgeTarget, StageNode } from './types.ts';

/** Stage nodes and their edges, in Dockerfile order. */
export function stageDag(stages: StagesResult): { nodes: StageNode[]; edges: StageEdge[] } {
  const nodes = stages.stages.map((s): StageNode => ({
    index: s.index, name: s.name, displayName: s.displayName === '' ? (s.name ?? `stage-${s.index}`) : s.displayName,
    reachable: s.reachable, isTarget: s.index === stages.target,
  }));
  const edges: StageEdge[] = [];
  for (const s of stages.stages) {
    if (s.base.kind === 'stage') edges.push({ from: s.index, to: { kind: 'stage', stage: s.base.index }, via: 'from', commandIndex: undefined });
    for (const d of s.dependencies) {
      const entry = stages.states[d.state];
      const to: StageEdgeTarget = entry === undefined ? { kind: 'scratch' }
        : entry.kind === 'stage' ? { kind: 'stage', stage: entry.stage }
        : entry.ref.kind === 'stage' ? { kind: 'stage', stage: entry.ref.index } : entry.ref;
      edges.push({ from: s.index, to, via: d.via, commandIndex: d.commandIndex });
    }
  }
  return { nodes, edges };
}
