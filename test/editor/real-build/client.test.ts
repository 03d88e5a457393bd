import { describe, expect, it } from 'vitest';
import { checkHealth, runReplay, type Fetch } from '../../../src/editor/real-build/client.ts';
import type { BuildProgress } from '../../../src/editor/real-build/progress.ts';
import type { PlannedBuild } from '../../../src/editor/real-build/request.ts';

const conn = { url: 'http://127.0.0.1:7421', token: 'secret' };
const origin = 'http://127.0.0.1:4321';
const planned = (label: string): PlannedBuild => ({
  label, predicted: [{ name: '[2/2] RUN echo', verdict: 'run', reason: 'empty cache' }],
  body: { session: 'pg-1', engine: 'modern', files: { Dockerfile: 'FROM x' }, dockerfile: 'Dockerfile', buildArgs: {}, noCache: false },
});
const sse = (events: [string, unknown][]): Response => new Response(new ReadableStream({
  start(c) {
    const text = events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('');
    // split mid-frame to exercise the streaming parser
    c.enqueue(new TextEncoder().encode(text.slice(0, 17)));
    c.enqueue(new TextEncoder().encode(text.slice(17)));
    c.close();
  },
}), { headers: { 'content-type': 'text/event-stream' } });
const result = (ok: boolean) => ({ ok, error: ok ? null : 'x', session: 'pg-1', engine: 'modern', build: 0, steps: ok ? { '[2/2] RUN echo': 'run' } : {}, predicted: {}, comparison: [], mismatches: 0, durationMs: 1, log: '' });

describe('build server client', () => {
  it('sends the token, resets the session (404 is fine), then posts each build in order and folds its events', async () => {
    const calls: { url: string; method: string; auth: string; body?: unknown }[] = [];
    const f: Fetch = async (url, init) => {
      calls.push({ url, method: init?.method ?? 'GET', auth: (init?.headers as Record<string, string>)['authorization'] ?? '', ...(init?.body ? { body: JSON.parse(String(init.body)) } : {}) });
      if (init?.method === 'DELETE') return Response.json({ error: 'no session' }, { status: 404 });
      return sse([['start', { session: 'pg-1', engine: 'modern', build: 0, cacheReset: 'first-build' }], ['step', { vertex: '5', name: '[2/2] RUN echo', step: true, status: 'done', line: '#5 DONE 0.1s' }], ['result', result(true)]]);
    };
    const seen: (readonly BuildProgress[])[] = [];
    const all = await runReplay(f, conn, [planned('Build #1'), planned('Build #2')], new AbortController().signal, origin, (a) => seen.push(a));
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['DELETE http://127.0.0.1:7421/v1/sessions/pg-1', 'POST http://127.0.0.1:7421/v1/builds', 'POST http://127.0.0.1:7421/v1/builds']);
    expect(calls.every((c) => c.auth === 'Bearer secret')).toBe(true);
    expect(calls[1]!.body).toEqual(planned('x').body);
    expect(all.map((p) => p.phase)).toEqual(['done', 'done']);
    expect(all[0]!.live).toEqual({ '[2/2] RUN echo': 'run' });
    expect(seen.some((a) => a[0]!.phase === 'done' && a[1]!.phase === 'queued')).toBe(true);
  });

  it('marks the current and later builds failed with the server\'s reason on an HTTP error', async () => {
    const f: Fetch = async (_url, init) => init?.method === 'DELETE' ? Response.json({ deleted: 'pg-1' }) : Response.json({ error: 'engine "v0.8" is not configured' }, { status: 400 });
    const all = await runReplay(f, conn, [planned('a'), planned('b')], new AbortController().signal, origin, () => undefined);
    expect(all.map((p) => p.phase)).toEqual(['failed', 'failed']);
    expect(all[0]!.error).toBe('The server answered 400: engine "v0.8" is not configured.');
  });

  it('Stop aborts the stream: the build reads as canceled', async () => {
    const ctl = new AbortController();
    const f: Fetch = async (_url, init) => {
      if (init?.method === 'DELETE') return Response.json({ deleted: 'pg-1' });
      const signal = init!.signal!;
      return new Response(new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode('event: start\ndata: {"session":"pg-1","engine":"modern","build":0,"cacheReset":null}\n\n'));
          signal.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      }));
    };
    const run = runReplay(f, conn, [planned('a')], ctl.signal, origin, (a) => { if (a[0]!.phase === 'running') ctl.abort(); });
    const all = await run;
    expect(all[0]!.phase).toBe('canceled');
  });

  it('tells a refused connection from a CORS block with a no-cors probe, and reports 401', async () => {
    const refused: Fetch = async () => { throw new TypeError('Failed to fetch'); };
    expect(await checkHealth(refused, conn, origin)).toMatchObject({ kind: 'error', message: expect.stringContaining('Nothing answered') });
    const cors: Fetch = async (_u, init) => { if (init?.mode === 'no-cors') return new Response(null); throw new TypeError('Failed to fetch'); };
    expect(await checkHealth(cors, conn, origin)).toMatchObject({ kind: 'error', message: expect.stringContaining('--allow-origin http://127.0.0.1:4321') });
    const denied: Fetch = async () => Response.json({ error: 'token' }, { status: 401 });
    expect(await checkHealth(denied, conn, origin)).toMatchObject({ kind: 'error', message: expect.stringContaining('401') });
    const fine: Fetch = async () => Response.json({ ok: true, version: '0.1.0', engines: [{ id: 'modern', reachable: true, buildkit: 'v0.25.2' }] });
    expect(await checkHealth(fine, conn, origin)).toMatchObject({ kind: 'ok', anyReachable: true });
  });
});
