/** One real build's progress, folded from the server's events: phase, live step verdicts, log, result. */
import type { BuildEvent, BuildResultData, CacheReset } from '../../server/sse.ts';
import type { PlannedBuild } from './request.ts';

/** Where a real build is. */
export type Phase = 'waiting' | 'queued' | 'running' | 'done' | 'failed' | 'canceled';

/** A step's real state while the build streams. */
export type LiveVerdict = 'started' | 'cached' | 'run' | 'error';

/** Everything the view shows about one real build. */
export interface BuildProgress {
  readonly planned: PlannedBuild;
  readonly phase: Phase;
  /** Builds ahead in the engine's queue (while queued). */
  readonly ahead: number;
  readonly cacheReset: CacheReset | null;
  /** Step name → its state from `step` events, in the order BuildKit first printed them. */
  readonly live: Readonly<Record<string, LiveVerdict>>;
  /** The server's own prediction (its simulator over its session's history). */
  readonly serverPredicted: Readonly<Record<string, 'cached' | 'run'>>;
  /** Raw BuildKit lines as they came. */
  readonly log: readonly string[];
  readonly result: BuildResultData | null;
  /** Why the build did not finish (server error text, HTTP failure, cancel); null when the server gave no reason. */
  readonly error: string | null;
}

/** A build not sent yet. */
export function waiting(planned: PlannedBuild): BuildProgress {
  return { planned, phase: 'waiting', ahead: 0, cacheReset: null, live: {}, serverPredicted: {}, log: [], result: null, error: null };
}

function stepState(status: string, before: LiveVerdict | undefined): LiveVerdict | undefined {
  switch (status) {
    case 'started': return before ?? 'started';
    case 'cached': return 'cached';
    case 'done': return before === 'error' ? 'error' : before === 'cached' ? 'cached' : 'run';
    case 'error':
    case 'canceled': return 'error';
    default: return before;
  }
}

/** Folds one server event into the progress (a failure without the server's reason keeps `error` null: the views word it). */
export function applyEvent(p: BuildProgress, e: BuildEvent): BuildProgress {
  switch (e.event) {
    case 'queued': return { ...p, phase: 'queued', ahead: e.data.ahead };
    case 'start': return { ...p, phase: 'running', cacheReset: e.data.cacheReset };
    case 'predicted': return { ...p, serverPredicted: e.data.steps };
    case 'step': {
      const log = [...p.log, e.data.line];
      if (!e.data.step) return { ...p, log };
      const next = stepState(e.data.status, p.live[e.data.name]);
      return { ...p, log, live: next === undefined ? p.live : { ...p.live, [e.data.name]: next } };
    }
    case 'log': return { ...p, log: [...p.log, e.data.line] };
    case 'result': return {
      ...p,
      phase: e.data.ok ? 'done' : /cancel/i.test(e.data.error ?? '') ? 'canceled' : 'failed',
      result: e.data,
      error: e.data.ok ? null : e.data.error ?? null,
      log: e.data.log !== '' ? e.data.log.split('\n') : p.log,
    };
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** The build ended without a result event (HTTP error, network, or the learner pressed Stop). */
export function interrupted(p: BuildProgress, reason: string, canceled: boolean): BuildProgress {
  return { ...p, phase: canceled ? 'canceled' : 'failed', error: reason };
}

/** True once the build will change no more. */
export function finished(p: BuildProgress): boolean {
  return p.phase === 'done' || p.phase === 'failed' || p.phase === 'canceled';
}
