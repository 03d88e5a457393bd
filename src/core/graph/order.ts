/** The step names a build prints, in scenario order (stage in Dockerfile order, then step index). */
import type { Step, StepGraph } from './types.ts';

const KIND_ORDER: Readonly<Record<string, number>> = { http: 0, git: 0, copy: 1, add: 1, link: 2 };

/** The line plain progress prints for a step: its progress group's name, else the vertex name. */
export function progressName(step: Step): string {
  return step.progressGroup ?? step.printedName;
}

/** The printed steps without FROM and internal vertices, one per vertex (or progress group), as BuildKit prints them. */
export function printedSteps(graph: StepGraph, options: { readonly includeFrom?: boolean } = {}): Step[] {
  const seen = new Set<string>();
  const chosen = graph.steps.filter((s) => {
    if (!s.printed || s.name !== s.printedName || s.kind === 'internal') return false;
    if (s.kind === 'from' && options.includeFrom !== true) return false;
    if (seen.has(progressName(s))) return false;
    seen.add(progressName(s));
    return true;
  });
  return chosen.sort((x, y) =>
    x.state - y.state || (x.index ?? 0) - (y.index ?? 0) || (KIND_ORDER[x.kind] ?? 1) - (KIND_ORDER[y.kind] ?? 1));
}

/** The names `printedSteps` gives, as `layerlab debug steps` prints them. */
export function printedStepNames(graph: StepGraph, options: { readonly includeFrom?: boolean } = {}): string[] {
  return printedSteps(graph, options).map(progressName);
}
