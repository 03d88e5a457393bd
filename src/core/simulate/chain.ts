/** Follows a step's "previous step ran again" links back to the step whose own inputs changed. */
import type { Cause } from './causes.ts';
import type { BuildResult, StepVerdict } from './types.ts';

/** One link of a cause chain: a step and its own causes. */
export interface ChainLink {
  readonly step: string;
  readonly verdict: StepVerdict['verdict'];
  readonly causes: readonly Cause[];
}

/** The chain from a step back to its root cause (the step itself first, the root last). */
export function causeChain(result: BuildResult, name: string): ChainLink[] {
  const byName = new Map<string, StepVerdict>();
  for (const v of result.steps) for (const n of v.names) byName.set(n, v);
  const out: ChainLink[] = [];
  const seen = new Set<StepVerdict>();
  for (let v = byName.get(name); v && !seen.has(v); ) {
    seen.add(v);
    out.push({ step: v.name, verdict: v.verdict, causes: v.causes });
    const link = v.causes.find((c): c is Extract<Cause, { kind: 'previous-step-ran' }> => c.kind === 'previous-step-ran');
    v = link ? byName.get(link.step) : undefined;
  }
  return out;
}
