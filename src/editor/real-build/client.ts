/** Talks to `layerlab serve` with fetch (given, so tests pass a fake): health, session reset, and a replay read as SSE. */
import type { BuildEvent } from '../../server/sse.ts';
import { english, type Translate } from '../i18n.ts';
import { networkError, readHealth, statusError, type Connection, type HealthOutcome } from './connection.ts';
import { applyEvent, interrupted, waiting, type BuildProgress } from './progress.ts';
import type { PlannedBuild } from './request.ts';
import { createSseParser, toBuildEvent } from './sse.ts';

/** The fetch the client uses. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A request that did not get a usable answer, with a message for people (and the HTTP status, when there was one). */
export class RequestFailed extends Error {
  status: number | null = null;
}

const auth = (c: Connection): Record<string, string> => ({ authorization: `Bearer ${c.token}` });

async function errorText(res: Response): Promise<string | null> {
  try {
    const body: unknown = await res.json();
    return typeof body === 'object' && body !== null && typeof (body as Record<string, unknown>)['error'] === 'string' ? (body as Record<string, string>)['error']! : null;
  } catch {
    return null;
  }
}

/** Fetches with the token; a thrown network error becomes a plain-words RequestFailed (refused vs CORS told apart by a no-cors probe). */
async function call(f: Fetch, c: Connection, path: string, init: RequestInit, pageOrigin: string, t: Translate): Promise<Response> {
  let res: Response;
  try {
    res = await f(`${c.url}${path}`, { ...init, headers: { ...auth(c), ...(init.headers as Record<string, string> | undefined) } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const reachable = await f(`${c.url}/v1/health`, { mode: 'no-cors' }).then(() => true, () => false);
    throw new RequestFailed(networkError(c.url, reachable, pageOrigin, t).message);
  }
  const bad = statusError(res.status, res.ok ? null : await errorText(res), pageOrigin, res.headers.get('retry-after'), t);
  if (bad) throw Object.assign(new RequestFailed(bad.message), { status: res.status });
  return res;
}

/** `GET /v1/health`: the engines and their versions, or why the server cannot be used. */
export async function checkHealth(f: Fetch, c: Connection, pageOrigin: string, t: Translate = english): Promise<HealthOutcome> {
  try {
    const res = await call(f, c, '/v1/health', { method: 'GET' }, pageOrigin, t);
    return readHealth(await res.json().catch(() => null), t);
  } catch (error) {
    return { kind: 'error', reason: 'http', message: error instanceof Error ? error.message : String(error) };
  }
}

/** `DELETE /v1/sessions/:id` (a 404, an unknown session, is fine): the replay starts from an empty cache, as the predictions assume. */
export async function resetSession(f: Fetch, c: Connection, session: string, signal: AbortSignal, pageOrigin: string, t: Translate = english): Promise<void> {
  try {
    await call(f, c, `/v1/sessions/${encodeURIComponent(session)}`, { method: 'DELETE', signal }, pageOrigin, t);
  } catch (error) {
    if (!(error instanceof RequestFailed && error.status === 404)) throw error;
  }
}

/** `POST /v1/builds` and reads the event stream until it ends; each event goes to `onEvent`. */
export async function streamBuild(f: Fetch, c: Connection, planned: PlannedBuild, signal: AbortSignal, pageOrigin: string, onEvent: (e: BuildEvent) => void, t: Translate = english): Promise<void> {
  const res = await call(f, c, '/v1/builds', { method: 'POST', signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify(planned.body) }, pageOrigin, t);
  if (!res.body) throw new RequestFailed(t('pg.real.err.noStream'));
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  for (;;) {
    const { done, value } = await reader.read();
    const frames = done ? parser.end() : parser.push(value);
    for (const frame of frames) {
      const e = toBuildEvent(frame);
      if (e) onEvent(e);
    }
    if (done) return;
  }
}

/** Replays builds one after another on a fresh session cache; `update` gets every build's progress after each change. */
export async function runReplay(f: Fetch, c: Connection, builds: readonly PlannedBuild[], signal: AbortSignal, pageOrigin: string, update: (all: readonly BuildProgress[]) => void, t: Translate = english): Promise<readonly BuildProgress[]> {
  const all: BuildProgress[] = builds.map(waiting);
  const session = builds[0]?.body.session;
  const stopAll = (from: number, reason: string, canceled: boolean): void => {
    for (let j = from; j < all.length; j++) all[j] = interrupted(all[j]!, reason, canceled);
    update([...all]);
  };
  try {
    if (session !== undefined) await resetSession(f, c, session, signal, pageOrigin, t);
  } catch (error) {
    stopAll(0, signal.aborted ? t('pg.real.canceled') : message(error), signal.aborted);
    return all;
  }
  for (let i = 0; i < all.length; i++) {
    all[i] = { ...all[i]!, phase: 'queued' };
    update([...all]);
    try {
      await streamBuild(f, c, builds[i]!, signal, pageOrigin, (e) => {
        all[i] = applyEvent(all[i]!, e);
        update([...all]);
      }, t);
      if (all[i]!.result === null) all[i] = interrupted(all[i]!, t('pg.real.err.streamEnded'), false);
    } catch (error) {
      stopAll(i, signal.aborted ? t('pg.real.canceled') : message(error), signal.aborted);
      return all;
    }
  }
  update([...all]);
  return all;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
