/** Prediction beside reality, step by step: rows, mismatches and why they differ, for one real build. */
import type { Verdict } from '../protocol.ts';
import type { StepOutcome } from '../state/builds.ts';
import type { BuildProgress, LiveVerdict } from './progress.ts';

/** How a row stands. */
export type RowStatus = 'match' | 'mismatch' | 'pending' | 'not-built';

/** One step: the playground's prediction, the server's, and what BuildKit did. */
export interface CompareRow {
  readonly step: string;
  /** The playground's own simulator (null: it predicted no such step). */
  readonly predicted: Verdict | null;
  /** The server's simulator, when it said something. */
  readonly server: 'cached' | 'run' | null;
  readonly real: LiveVerdict | null;
  readonly status: RowStatus;
  /** Why prediction and reality differ (mismatches only). */
  readonly explanation: string | null;
}

/** The comparison of one build. */
export interface ComparisonView {
  readonly rows: readonly CompareRow[];
  readonly mismatches: number;
  readonly summary: string;
}

const word = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', started: 'RUNNING', error: 'FAILED' } as const;

/** The instruction part of a vertex name (`RUN x` of `[build 2/3] RUN x`): BuildKit prints a deduplicated vertex under one stage's name. */
function instruction(name: string): string {
  return name.replace(/^\[[^\]]*\] /, '');
}

function explain(predicted: StepOutcome | undefined, server: 'cached' | 'run' | null, real: LiveVerdict | null): string {
  const why = predicted?.reason ? ` (${predicted.reason.replace(/\.$/, '')})` : '';
  const base = predicted === undefined
    ? `BuildKit ${real === 'cached' ? 'took from cache' : 'ran'} a step Layerlab did not predict.`
    : real === null
      ? `Layerlab expected ${word[predicted.verdict]}${why}, but BuildKit did not print this step.`
      : `Layerlab expected ${word[predicted.verdict]}${why}, but BuildKit ${real === 'cached' ? 'took it from cache' : real === 'run' ? 'ran it' : 'failed on it'}.`;
  const other = server !== null && predicted !== undefined && server !== predicted.verdict
    ? ` The server's simulator, over its session's history, predicted ${word[server]}: the two histories differ.`
    : '';
  return base + other;
}

function row(step: string, predicted: StepOutcome | undefined, server: 'cached' | 'run' | null, real: LiveVerdict | null, settled: boolean, built: boolean): CompareRow {
  const p = predicted?.verdict ?? null;
  let status: RowStatus;
  if ((real === 'started' || real === null) && !settled) status = 'pending';
  else if ((real === 'started' || real === null) && !built) status = 'not-built';
  else if (real === 'error') status = built ? 'mismatch' : 'not-built';
  else status = (p ?? server) === real ? 'match' : 'mismatch';
  return { step, predicted: p, server, real, status, explanation: status === 'mismatch' ? explain(predicted, server, real) : null };
}

/** Builds the rows: BuildKit's steps in the order printed, then predicted steps it did not print (skipped ones left out). */
export function compareView(p: BuildProgress): ComparisonView {
  const settled = p.result !== null || p.phase === 'failed' || p.phase === 'canceled';
  const built = p.result?.ok === true;
  const predicted = p.planned.predicted.filter((s) => s.verdict !== 'skipped');
  const byName = new Map(predicted.map((s) => [s.name, s] as const));
  const used = new Set<string>();
  const find = (name: string): StepOutcome | undefined => {
    const exact = byName.get(name);
    const hit = exact ?? predicted.find((s) => !used.has(s.name) && !byName.has(name) && instruction(s.name) === instruction(name));
    if (hit) used.add(hit.name);
    return hit;
  };
  const realOf = (name: string): LiveVerdict | null => p.result?.steps[name] ?? p.live[name] ?? null;
  const names = p.result ? [...Object.keys(p.live).filter((n) => p.result?.steps[n] !== undefined || p.live[n] === 'error'), ...Object.keys(p.result.steps).filter((n) => p.live[n] === undefined)] : Object.keys(p.live);
  const rows: CompareRow[] = names.map((n) => row(n, find(n), p.serverPredicted[n] ?? null, realOf(n), settled, built));
  for (const s of predicted) if (!used.has(s.name)) rows.push(row(s.name, s, p.serverPredicted[s.name] ?? null, null, settled, built));
  const mismatches = rows.filter((r) => r.status === 'mismatch').length;
  return { rows, mismatches, summary: summarize(p, rows, mismatches) };
}

function summarize(p: BuildProgress, rows: readonly CompareRow[], mismatches: number): string {
  const label = p.planned.label;
  switch (p.phase) {
    case 'waiting': return `${label}: waiting for the builds before it.`;
    case 'queued': return `${label}: queued on the server (${p.ahead} ahead).`;
    case 'running': return `${label}: BuildKit is running (${rows.filter((r) => r.real !== null && r.real !== 'started').length} of ${rows.length} steps done).`;
    case 'canceled': return `${label}: canceled.`;
    case 'failed': return `${label}: ${p.error ?? 'the build failed'}.`;
    case 'done': return mismatches === 0
      ? `${label}: every step matched the prediction (${rows.length} steps).`
      : `${label}: ${mismatches} of ${rows.length} steps differ from the prediction.`;
    default: {
      const never: never = p.phase;
      return never;
    }
  }
}
