// Queue, timeout, cancellation and session isolation of the build server, over real HTTP against real engines.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUp, parseSse, postBuild, testServer, type TestServer } from './helpers.ts';

const APP = { Dockerfile: 'FROM alpine:3.20\nWORKDIR /app\nCOPY a.txt .\nRUN cat a.txt > b.txt\n', 'a.txt': 'one\n' };
const verdicts = (r: any) => Object.values(r.result.steps);

/** Docker CLI processes (any `docker build`) whose command line names this server's temp dir. */
function buildProcesses(workDir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(workDir) && / build /.test(l));
}

/** Processes running exactly this command line (the RUN inside the build container). */
function running(cmd: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.trim() === cmd);
}

async function health(s: TestServer): Promise<any> {
  return (await fetch(`${s.url}/v1/health`, { headers: { authorization: `Bearer ${s.token}` } })).json();
}

describe.skipIf(!enginesUp)('server concurrency', () => {
  let s: TestServer;
  beforeAll(async () => { s = await testServer({ limits: { maxQueue: 1, buildTimeoutMs: 4000 } }); });
  afterAll(async () => { await s?.close(); });

  it('keeps two sessions on one engine isolated, and builds two engines side by side', async () => {
    const [a, b, c] = await Promise.all([
      postBuild(s, { session: 'iso-a', engine: 'v0.8', files: APP }),
      postBuild(s, { session: 'iso-b', engine: 'v0.8', files: APP }),
      postBuild(s, { session: 'iso-c', engine: 'modern', files: APP }),
    ]);
    for (const r of [a, b, c]) {
      expect(r.result.error).toBeNull();
      // identical content built by another session just before: still no cache hit
      expect(verdicts(r)).toEqual(['run', 'run', 'run']);
      expect(r.result.mismatches).toBe(0);
      expect(r.events.find((e) => e.event === 'start')!.data.cacheReset).toBe('first-build');
    }
    // the second session on v0.8 took the engine's cache: the first session starts cold again, and says so
    const a2 = await postBuild(s, { session: 'iso-a', engine: 'v0.8', files: APP });
    expect(a2.events.find((e) => e.event === 'start')!.data.cacheReset).toBe('evicted');
    expect(verdicts(a2)).toEqual(['run', 'run', 'run']);
    expect(a2.result.predicted).toEqual(a2.result.steps);
    const a3 = await postBuild(s, { session: 'iso-a', engine: 'v0.8', files: { ...APP, 'a.txt': 'two\n' } });
    expect(a3.events.find((e) => e.event === 'start')!.data.cacheReset).toBeNull();
    expect(verdicts(a3)).toEqual(['cached', 'run', 'run']);
    expect(a3.result.comparison.every((r: any) => r.match)).toBe(true);
  }, 120_000);

  it('queues one build and answers 429 with Retry-After when the queue is full', async () => {
    const slow = { Dockerfile: 'FROM alpine:3.20\nRUN sleep 2\n' };
    const calls = [0, 1, 2].map((i) => postBuild(s, { session: `q${i}`, engine: 'v0.8', files: slow, noCache: true }));
    const results = await Promise.all(calls);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 429]);
    const refused = results.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.json.error).toMatch(/waiting/);
    const queued = results.filter((r) => r.status === 200).find((r) => r.events.some((e) => e.event === 'queued'));
    expect(queued).toBeDefined();
    for (const r of results.filter((x) => x.status === 200)) expect(r.result.ok).toBe(true);
  }, 60_000);

  it('frees the queue place of a client that leaves while waiting', async () => {
    const slow = { Dockerfile: 'FROM alpine:3.20\nRUN sleep 2\n' };
    const first = postBuild(s, { session: 'w0', engine: 'v0.8', files: slow, noCache: true });
    await new Promise((r) => setTimeout(r, 300));
    const ctl = new AbortController();
    const res = await fetch(`${s.url}/v1/builds`, { method: 'POST', signal: ctl.signal, headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ session: 'w1', engine: 'v0.8', files: slow }) });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('event: queued')) text += new TextDecoder().decode((await reader.read()).value);
    expect((await health(s)).builds.waiting).toBe(1);
    ctl.abort();
    for (let i = 0; i < 20 && (await health(s)).builds.waiting > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await health(s)).builds.waiting).toBe(0);
    const third = await postBuild(s, { session: 'w2', engine: 'v0.8', files: slow });
    expect(third.status).toBe(200);
    expect(third.result.ok).toBe(true);
    expect((await first).result.ok).toBe(true);
  }, 60_000);

  it('stops a build at the timeout and kills its docker process', async () => {
    const t0 = Date.now();
    const r = await postBuild(s, { session: 'slow', engine: 'modern', files: { Dockerfile: 'FROM alpine:3.20\nRUN sleep 60\n' } });
    expect(r.result.ok).toBe(false);
    expect(r.result.error).toMatch(/4s timeout/);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(buildProcesses(s.workDir)).toEqual([]);
  }, 60_000);

  it('cancels the build (kills the docker process group) when the client disconnects', async () => {
    const ctl = new AbortController();
    const res = await fetch(`${s.url}/v1/builds`, {
      method: 'POST', signal: ctl.signal,
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ session: 'cancel', engine: 'v0.8', files: { Dockerfile: 'FROM alpine:3.20\nRUN sleep 3600\n' } }),
    });
    const reader = res.body!.getReader();
    let text = '';
    // read until the RUN step has started, then hang up
    expect(running('sleep 3600')).toEqual([]);
    while (!parseSse(text).some((e) => e.event === 'step' && e.data.step && e.data.status === 'started')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(buildProcesses(s.workDir).length).toBeGreaterThan(0);
    for (let i = 0; i < 50 && running('sleep 3600').length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(running('sleep 3600').length).toBe(1);
    ctl.abort();
    let h: any;
    for (let i = 0; i < 50; i++) {
      h = await health(s);
      if (h.builds.running === 0 && buildProcesses(s.workDir).length === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(h.builds.running).toBe(0);
    expect(buildProcesses(s.workDir)).toEqual([]);
    // BuildKit cancels the solve when the client's session goes: the RUN's process is gone too
    for (let i = 0; i < 50 && running('sleep 3600').length > 0; i++) await new Promise((r) => setTimeout(r, 200));
    expect(running('sleep 3600')).toEqual([]);
    expect(readdirSync(s.workDir).filter((d) => d.startsWith('secrets-'))).toEqual([]);
    // the engine is free again: a next build of the session runs, from a fresh cache
    const next = await postBuild(s, { session: 'cancel', engine: 'v0.8', files: APP });
    expect(next.result.ok).toBe(true);
    expect(next.events.find((e) => e.event === 'start')!.data.cacheReset).toBe('after-failure');
  }, 60_000);
});

describe.skipIf(!enginesUp)('idle sessions', () => {
  it('drops a session idle past the TTL: its context dir and images go', async () => {
    const t = await testServer({ limits: { sessionTtlMs: 400 } });
    try {
      const r = await postBuild(t, { session: 'idle', engine: 'v0.8', files: APP });
      expect(r.result.ok).toBe(true);
      expect(readdirSync(t.workDir).filter((d) => d.startsWith('v08-'))).toHaveLength(1);
      for (let i = 0; i < 40 && readdirSync(t.workDir).some((d) => d.startsWith('v08-')); i++) await new Promise((res) => setTimeout(res, 100));
      expect(readdirSync(t.workDir).filter((d) => d.startsWith('v08-'))).toEqual([]);
      expect((await health(t)).sessions).toBe(0);
      expect(t.logs.join('\n')).toContain('session idle expired');
    } finally {
      await t.close();
    }
  }, 60_000);
});
