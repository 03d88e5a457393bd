/** The history of builds a learner recorded, and the comparison of any two. */
import type { BuildInput, BuildSettings, Estimate, Verdict } from '../protocol.ts';

/** One step's outcome as recorded in a build. */
export interface StepOutcome {
  readonly name: string;
  readonly verdict: Verdict;
  /** The first cause, in words. */
  readonly reason: string;
}

/** A recorded build: its inputs (the cache remembers them) and what it did. */
export interface BuildRecord {
  readonly id: number;
  /** Milliseconds since the epoch (the clock comes from the caller). */
  readonly at: number;
  readonly files: Readonly<Record<string, string>>;
  readonly settings: BuildSettings;
  readonly steps: readonly StepOutcome[];
  readonly estimate: Estimate;
}

/** Recorded builds, oldest first. */
export interface BuildHistory {
  readonly builds: readonly BuildRecord[];
  readonly nextId: number;
}

/** No builds yet. */
export const emptyHistory: BuildHistory = { builds: [], nextId: 1 };

/** How many builds we keep; older ones drop off (and leave the simulated cache). */
export const maxBuilds = 20;

/** Records a build; returns the new history. */
export function recordBuild(history: BuildHistory, build: Omit<BuildRecord, 'id'>): BuildHistory {
  const builds = [...history.builds, { ...build, id: history.nextId }].slice(-maxBuilds);
  return { builds, nextId: history.nextId + 1 };
}

/** The inputs of every recorded build, oldest first: what the simulated cache holds. */
export function cacheInputs(history: BuildHistory): readonly BuildInput[] {
  return history.builds.map((b) => ({ files: b.files, settings: b.settings }));
}

/** The most recent build, if any. */
export function lastBuild(history: BuildHistory): BuildRecord | undefined {
  return history.builds[history.builds.length - 1];
}

/** One row of a comparison: a step in build A and/or B. */
export interface ComparedStep {
  readonly name: string;
  readonly a: Verdict | null;
  readonly b: Verdict | null;
  readonly changed: boolean;
}

/** The comparison of two builds: steps side by side, changed files, and the estimate deltas. */
export interface BuildComparison {
  readonly steps: readonly ComparedStep[];
  readonly changedFiles: readonly string[];
  readonly warmDelta: number;
  readonly sizeDelta: number;
}

/** Compares build A with build B, step by step in B's order, then steps only A had. */
export function compareBuilds(a: BuildRecord, b: BuildRecord): BuildComparison {
  const inA = new Map(a.steps.map((s) => [s.name, s.verdict] as const));
  const inB = new Map(b.steps.map((s) => [s.name, s.verdict] as const));
  const names = [...b.steps.map((s) => s.name), ...a.steps.map((s) => s.name).filter((n) => !inB.has(n))];
  const steps = names.map((name) => {
    const va = inA.get(name) ?? null;
    const vb = inB.get(name) ?? null;
    return { name, a: va, b: vb, changed: va !== vb };
  });
  return {
    steps,
    changedFiles: changedFiles(a.files, b.files),
    warmDelta: b.estimate.warmSeconds - a.estimate.warmSeconds,
    sizeDelta: b.estimate.imageBytes - a.estimate.imageBytes,
  };
}

/** Paths added, removed or edited between two file maps, sorted. */
export function changedFiles(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): readonly string[] {
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((p) => a[p] !== b[p]).sort();
}
