/** Runs one build request: waits its turn, claims the engine's cache, syncs the context, predicts, builds, compares. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncContext, writeSecrets } from './context-dir.ts';
import type { Driver } from './drivers/index.ts';
import { compareSteps, predict, type Prediction } from './predict.ts';
import type { RunEnd } from './process.ts';
import { createProgressParser } from './progress.ts';
import type { Ticket } from './scheduler.ts';
import type { SessionEngine, Sessions } from './sessions.ts';
import type { BuildEvent, BuildResultData } from './sse.ts';
import type { BuildRequest } from './types.ts';

/** What a build needs from the server. */
export interface BuildDeps {
  readonly driver: Driver;
  readonly sessions: Sessions;
  readonly workDir: string;
  readonly timeoutMs: number;
  /** Called for every event, in order. */
  readonly emit: (e: BuildEvent) => void;
  readonly log: (line: string) => void;
}

const MAX_LOG = 4 * 1024 * 1024;
let buildCounter = 0;

/** Replaces every secret value in a line by "****". */
export function redact(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const s of secrets) if (s.length > 0) out = out.split(s).join('****');
  return out;
}

function describeEnd(end: RunEnd): string | null {
  switch (end.kind) {
    case 'exit': return end.code === 0 ? null : `the build failed (docker exit code ${end.code})`;
    case 'timeout': return `the build was stopped after the ${Math.round(end.afterMs / 1000)}s timeout`;
    case 'canceled': return 'the build was canceled (client disconnected)';
    case 'spawn-error': return `the build tool could not be started: ${end.message}`;
    default: { const never: never = end; return never; }
  }
}

/** The simulator's answer; a simulator error never stops the real build (it is reported in `errors`). */
function safePredict(h: Parameters<typeof predict>[0], req: BuildRequest): Prediction {
  try {
    return predict(h, req);
  } catch (e) {
    return { steps: {}, sameVertex: [], errors: [`simulator error: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

/** Runs the driver, streaming each (redacted) line as a `step` or `log` event; returns how it ended, the steps and the log. */
async function stream(s: SessionEngine, req: BuildRequest, secretFiles: Record<string, string>, tag: string, signal: AbortSignal, deps: BuildDeps) {
  const parser = createProgressParser();
  const secretValues = Object.values(req.secrets);
  let log = '';
  const end = await deps.driver.build({
    contextDir: s.contextDir, dockerfile: req.dockerfile, target: req.target, buildArgs: req.buildArgs, noCache: req.noCache,
    secretFiles, tag, timeoutMs: deps.timeoutMs, signal,
    onLine: (raw) => {
      const line = redact(raw, secretValues);
      if (log.length < MAX_LOG) log += `${line}\n`;
      const p = parser.push(line);
      deps.emit(p.kind === 'vertex' ? { event: 'step', data: { vertex: p.vertex, name: p.name, step: p.step, status: p.status, line } } : { event: 'log', data: { line } });
    },
  });
  return { end, steps: parser.steps(), log };
}

/** Runs the build after its ticket's turn comes; always releases the ticket and removes its secrets. */
export async function runBuild(req: BuildRequest, ticket: Ticket, signal: AbortSignal, deps: BuildDeps): Promise<BuildResultData | undefined> {
  const secretsDir = join(deps.workDir, `secrets-${process.pid}-${++buildCounter}`);
  try {
    if (ticket.ahead > 0) deps.emit({ event: 'queued', data: { ahead: ticket.ahead } });
    await Promise.race([ticket.ready, new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))]);
    if (signal.aborted) return undefined;
    const t0 = Date.now();
    const s = deps.sessions.get(req.session, req.engine);
    s.lastUsed = Date.now();
    const cacheReset = await deps.sessions.claim(s, deps.driver);
    const index = s.builds++;
    deps.emit({ event: 'start', data: { session: req.session, engine: req.engine, build: index, cacheReset } });
    await syncContext(s.contextDir, req);
    const secretFiles = await writeSecrets(secretsDir, req.secrets);
    const prediction = safePredict(s.history, req);
    deps.emit({ event: 'predicted', data: { steps: prediction.steps, errors: prediction.errors } });
    const tag = `${s.repo}:b${index}`;
    s.tags.push(tag);
    const { end, steps, log } = await stream(s, req, secretFiles, tag, signal, deps);
    s.lastUsed = Date.now();
    const error = describeEnd(end);
    // a build that did not finish leaves a cache the simulator cannot know: start the session afresh next time
    if (error) deps.sessions.disown(s, 'after-failure');
    const comparison = compareSteps(prediction, steps);
    const result: BuildResultData = {
      ok: error === null, error, session: req.session, engine: req.engine, build: index, steps, predicted: prediction.steps,
      comparison, mismatches: comparison.filter((r) => !r.match).length, durationMs: Date.now() - t0, log,
    };
    deps.log(`build session=${req.session} engine=${req.engine} n=${index} ${error ? `failed: ${error}` : 'ok'} steps=${Object.keys(steps).length} mismatches=${result.mismatches} ${result.durationMs}ms`);
    deps.emit({ event: 'result', data: result });
    return result;
  } finally {
    ticket.release();
    await rm(secretsDir, { recursive: true, force: true });
  }
}
