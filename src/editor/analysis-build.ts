/** Stages, steps, verdicts, lanes and estimates for the analysis (wired to graph/simulate/schedule as they land). */
import type { SyntaxTree } from '../core/syntax/types.ts';
import { renderPlainLog } from './plain-log.ts';
import type { AnalysisResult, CoreStatus, Methods } from './protocol.ts';

/** The build part of an analysis result. */
export type BuildView = Pick<AnalysisResult, 'stages' | 'steps' | 'estimate' | 'log'> & { readonly core: Pick<CoreStatus, 'graph' | 'simulate' | 'schedule'> };

/** Computes the build view; empty until the graph and simulator exist. */
export function buildView(tree: SyntaxTree, params: Methods['analyze']['params']): BuildView {
  void tree;
  void params;
  const stages: BuildView['stages'] = [];
  const steps: BuildView['steps'] = [];
  return {
    stages,
    steps,
    estimate: { coldSeconds: 0, warmSeconds: 0, imageBytes: 0 },
    log: steps.length === 0 ? '' : renderPlainLog({ dockerfile: params.dockerfile, dockerfileBytes: 0, contextBytes: 0, stages, steps }),
    core: { graph: false, simulate: false, schedule: false },
  };
}
