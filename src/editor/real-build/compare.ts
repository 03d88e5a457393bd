/** Prediction beside reality, step by step: rows, mismatches and why they differ, for one real build. */
import { english, type Translate } from '../i18n.ts';
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
  /** `Build #2: every step matched…`: the label, then `detail`. */
  readonly summary: string;
  /** The summary without the build's label. */
  readonly detail: string;
}

const word = { cached: 'CACHED', run: 'RUN', skipped: 'SKIPPED', started: 'RUNNING', error: 'FAILED' } as const;

/** The instruction part of a vertex name (`RUN x` of `[build 2/3] RUN x`): BuildKit prints a deduplicated vertex under one stage's name. */
function instruction(name: string): string {
  return name.replace(/^\[[^\]]*\] /, '');
}

function explain(predicted: StepOutcome | undefined, server: 'cached' | 'run' | null, real: LiveVerdict | null, t: Translate): string {
  const why = predicted?.reason ? t('pg.real.why.reason', { reason: predicted.reason.replace(/[.。]$/, '') }) : '';
  const said = (verdict: StepOutcome['verdict']) => ({ verdict: word[verdict], why });
  const base = predicted === undefined
    ? t(real === 'cached' ? 'pg.real.why.unpredictedCached' : 'pg.real.why.unpredictedRun')
    : real === null
      ? t('pg.real.why.notPrinted', said(predicted.verdict))
      : t(real === 'cached' ? 'pg.real.why.cached' : real === 'run' ? 'pg.real.why.ran' : 'pg.real.why.failed', said(predicted.verdict));
  const other = server !== null && predicted !== undefined && server !== predicted.verdict ? t('pg.real.why.server', { verdict: word[server] }) : '';
  return base + other;
}

function row(step: string, predicted: StepOutcome | undefined, server: 'cached' | 'run' | null, real: LiveVerdict | null, settled: boolean, built: boolean, t: Translate): CompareRow {
  const p = predicted?.verdict ?? null;
  let status: RowStatus;
  if ((real === 'started' || real === null) && !settled) status = 'pending';
  else if ((real === 'started' || real === null) && !built) status = 'not-built';
  else if (real === 'error') status = built ? 'mismatch' : 'not-built';
  else status = (p ?? server) === real ? 'match' : 'mismatch';
  return { step, predicted: p, server, real, status, explanation: status === 'mismatch' ? explain(predicted, server, real, t) : null };
}

/** Builds the rows: BuildKit's steps in the order printed, then predicted steps it did not print (skipped ones left out). */
export function compareView(p: BuildProgress, t: Translate = english): ComparisonView {
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
  const rows: CompareRow[] = names.map((n) => row(n, find(n), p.serverPredicted[n] ?? null, realOf(n), settled, built, t));
  for (const s of predicted) if (!used.has(s.name)) rows.push(row(s.name, s, p.serverPredicted[s.name] ?? null, null, settled, built, t));
  const mismatches = rows.filter((r) => r.status === 'mismatch').length;
  const detail = summarize(p, rows, mismatches, t);
  return { rows, mismatches, summary: t('pg.real.sum.labeled', { label: p.planned.label, text: detail }), detail };
}

function summarize(p: BuildProgress, rows: readonly CompareRow[], mismatches: number, t: Translate): string {
  switch (p.phase) {
    case 'waiting': return t('pg.real.sum.waiting');
    case 'queued': return t('pg.real.sum.queued', { ahead: p.ahead });
    case 'running': return t('pg.real.sum.running', { done: rows.filter((r) => r.real !== null && r.real !== 'started').length, total: rows.length });
    case 'canceled': return t('pg.real.sum.canceled');
    case 'failed': return t('pg.real.sum.failed', { error: p.error ?? t('pg.real.buildFailed') });
    case 'done': return mismatches === 0
      ? t('pg.real.sum.matched', { total: rows.length })
      : t('pg.real.sum.differ', { n: mismatches, total: rows.length });
    default: {
      const never: never = p.phase;
      return never;
    }
  }
}
