/** The HTTP edge: routes, token, CORS allowlist, limits, SSE. Engines and sessions come in as arguments. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import { parseBuildBody } from './body.ts';
import { runBuild } from './build.ts';
import type { Driver } from './drivers/index.ts';
import type { Scheduler } from './scheduler.ts';
import type { Sessions } from './sessions.ts';
import { frame, type BuildEvent } from './sse.ts';
import type { EngineId, Limits, RequestError } from './types.ts';

/** What the app is built from. */
export interface AppDeps {
  readonly token: string;
  readonly allowOrigins: readonly string[];
  readonly limits: Limits;
  readonly drivers: ReadonlyMap<EngineId, Driver>;
  readonly sessions: Sessions;
  readonly scheduler: Scheduler;
  readonly workDir: string;
  readonly version: string;
  /** One line per request or build; never a header, body, token or secret. */
  readonly log: (line: string) => void;
}

const RETRY_AFTER_S = 15;

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest(), b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function fail(c: Context, e: RequestError, headers: Record<string, string> = {}): Response {
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  return c.json({ error: e.reason }, e.status);
}

/** Streams build events as SSE; the returned signal aborts when the client goes away. */
function sseStream(onCancel: () => void): { stream: ReadableStream<Uint8Array>; send: (e: BuildEvent) => void; close: () => void } {
  const enc = new TextEncoder();
  let ctl: ReadableStreamDefaultController<Uint8Array> | undefined;
  let open = true;
  let keepalive: NodeJS.Timeout | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      ctl = c;
      keepalive = setInterval(() => { if (open) c.enqueue(enc.encode(': keepalive\n\n')); }, 15_000);
    },
    cancel() { open = false; clearInterval(keepalive); onCancel(); },
  });
  return {
    stream,
    send: (e) => { if (open) ctl?.enqueue(enc.encode(frame(e))); },
    close: () => { if (open) { open = false; clearInterval(keepalive); ctl?.close(); } },
  };
}

/** Runs `f` in an engine's turn (after the builds already waiting); throws a `busy` error when the queue is full. */
export function engineTurn(scheduler: Scheduler): (engine: EngineId, f: () => Promise<void>) => Promise<void> {
  return async (engine, f) => {
    const t = scheduler.enqueue(engine);
    if (!t) throw Object.assign(new Error('busy'), { busy: true });
    try { await t.ready; await f(); } finally { t.release(); }
  };
}

/** Origin allowlist, CORS headers, preflight, then the bearer token; logs one line per request. */
function gate(deps: AppDeps): MiddlewareHandler {
  const allowed = new Set(deps.allowOrigins);
  return async (c, next) => {
    const t0 = Date.now();
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.has(origin)) {
      deps.log(`${c.req.method} ${c.req.path} 403 origin not allowed`);
      return c.json({ error: `origin ${origin} is not allowed (serve --allow-origin)` }, 403);
    }
    if (origin !== undefined) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
      c.header('Access-Control-Expose-Headers', 'Retry-After');
    }
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      c.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    const m = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '');
    if (!m || !sameToken(m[1]!, deps.token)) {
      c.header('WWW-Authenticate', 'Bearer');
      deps.log(`${c.req.method} ${c.req.path} 401`);
      return c.json({ error: 'a valid "Authorization: Bearer <token>" header is required (the token serve printed at start)' }, 401);
    }
    await next();
    deps.log(`${c.req.method} ${c.req.path} ${c.res.status} ${Date.now() - t0}ms`);
    return undefined;
  };
}

/** POST /v1/builds: validate, take a place in the engine's line (or 429), then stream the build as SSE. */
function buildRoute(deps: AppDeps): Handler {
  return async (c) => {
    const parsed = await parseBuildBody(c.req.raw, deps.limits);
    if (!parsed.ok) return fail(c, parsed.error);
    const req = parsed.value;
    const driver = deps.drivers.get(req.engine);
    if (!driver) return fail(c, { status: 400, reason: `engine "${req.engine}" is not configured on this server (see GET /v1/health)` });
    const ticket = deps.scheduler.enqueue(req.engine);
    if (!ticket) return fail(c, { status: 429, reason: `${deps.limits.maxQueue} builds are already waiting; retry later` }, { 'Retry-After': String(RETRY_AFTER_S) });
    const abort = new AbortController();
    c.req.raw.signal.addEventListener('abort', () => abort.abort(), { once: true });
    const sse = sseStream(() => abort.abort());
    void runBuild(req, ticket, abort.signal, { driver, sessions: deps.sessions, workDir: deps.workDir, timeoutMs: deps.limits.buildTimeoutMs, emit: sse.send, log: deps.log })
      .catch((e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        deps.log(`build session=${req.session} engine=${req.engine} server error: ${message.split('\n')[0]}`);
        sse.send({ event: 'result', data: { ok: false, error: `server error: ${message}`, session: req.session, engine: req.engine, build: -1, steps: {}, predicted: {}, comparison: [], mismatches: 0, durationMs: 0, log: '' } });
      })
      .finally(() => sse.close());
    const headers = { ...Object.fromEntries(c.res.headers), 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' };
    return new Response(sse.stream, { status: 200, headers });
  };
}

/** DELETE /v1/sessions/:id: waits for the engines' turns, then drops the session everywhere. */
function deleteRoute(deps: AppDeps): Handler {
  return async (c) => {
    const id = c.req.param('id') ?? '';
    try {
      const found = await deps.sessions.drop(id, [...deps.drivers.values()], engineTurn(deps.scheduler));
      return found ? c.json({ deleted: id }) : c.json({ error: `no session "${id}"` }, 404);
    } catch (e) {
      if ((e as { busy?: boolean }).busy) return fail(c, { status: 429, reason: 'too many builds are waiting; retry later' }, { 'Retry-After': String(RETRY_AFTER_S) });
      throw e;
    }
  };
}

/** Creates the Hono app. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', gate(deps));
  app.get('/v1/health', async (c) => {
    const engines = await Promise.all([...deps.drivers.values()].map((d) => d.describe()));
    return c.json({
      ok: engines.some((e) => e.reachable), version: deps.version, engines,
      builds: { running: deps.scheduler.running(), waiting: deps.scheduler.waiting() }, sessions: deps.sessions.count(), limits: deps.limits,
    });
  });
  app.delete('/v1/sessions/:id', deleteRoute(deps));
  app.post('/v1/builds', buildRoute(deps));
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((e, c) => {
    deps.log(`${c.req.method} ${c.req.path} 500 ${e.message.split('\n')[0]}`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
