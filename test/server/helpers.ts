// Test helpers for the build server: an in-process server on a real port, an SSE client over real HTTP,
// and scenario replay (../shared/scenarios) as whole-context requests.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerDriver } from '../../src/server/drivers/docker.ts';
import type { Driver } from '../../src/server/drivers/index.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/index.ts';
import { sharedDir } from '../../src/server/images.ts';

/** True when scripts/engines.sh's engines are up (LAYERLAB_ENGINES=1 and their CLIs set). */
export const enginesUp = process.env['LAYERLAB_ENGINES'] === '1' && !!process.env['LAYERLAB_V08_DOCKER'] && !!process.env['LAYERLAB_MODERN_DOCKER'];

/** The two engines of scripts/engines.sh as drivers. */
export function engineDrivers(): Driver[] {
  return [
    dockerDriver({ id: 'v0.8', docker: process.env['LAYERLAB_V08_DOCKER'] ?? 'docker' }),
    dockerDriver({ id: 'modern', docker: process.env['LAYERLAB_MODERN_DOCKER'] ?? 'docker' }),
  ];
}

/** A server with captured log lines. */
export interface TestServer extends RunningServer {
  readonly logs: string[];
}

const LOCK = join(tmpdir(), 'layerlab-server-tests.lock');

/** Whether a pid is alive. */
function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/**
 * Takes the engines for this test file: servers of two test files must never prune each other's cache,
 * whatever the runner's file parallelism. A mkdir lock holding the owner's pid (a dead owner's lock is taken over).
 */
async function lockEngines(): Promise<() => void> {
  for (let i = 0; ; i++) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      let owner = NaN;
      try { owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8')); } catch { /* being written */ }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      if (i > 20 * 60 * 10) throw new Error(`engines lock ${LOCK} held too long`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts a server on an ephemeral port of 127.0.0.1 (holding the engines lock until close). */
export async function testServer(o: Partial<ServerOptions> = {}, lock = true): Promise<TestServer> {
  const logs: string[] = [];
  const unlock = lock ? await lockEngines() : () => undefined;
  try {
    const s = await startServer({ port: 0, host: '127.0.0.1', allowOrigins: ['http://127.0.0.1:4321', 'http://localhost:4321'], drivers: engineDrivers(), offlineImages: false, toolchain: 'stand-in', log: (l) => logs.push(l), ...o });
    return { ...s, logs, close: async () => { try { await s.close(); } finally { unlock(); } } };
  } catch (e) {
    unlock();
    throw e;
  }
}

/** One parsed SSE event. */
export interface SseEvent { readonly event: string; readonly data: any }

/** A finished build call. */
export interface BuildCall { readonly status: number; readonly headers: Headers; readonly events: SseEvent[]; readonly json?: any; readonly result?: any }

/** Parses an SSE text stream into events. */
export function parseSse(text: string): SseEvent[] {
  const out: SseEvent[] = [];
  for (const block of text.split('\n\n')) {
    let event = 'message', data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (data) out.push({ event, data: JSON.parse(data) });
  }
  return out;
}

/** POSTs a build and reads the whole answer (SSE or JSON error). */
export async function postBuild(s: { url: string; token: string }, body: unknown, init: { headers?: Record<string, string>; query?: string; raw?: BodyInit } = {}): Promise<BuildCall> {
  const res = await fetch(`${s.url}/v1/builds${init.query ?? ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  if (!(res.headers.get('content-type') ?? '').startsWith('text/event-stream')) return { status: res.status, headers: res.headers, events: [], json: text ? JSON.parse(text) : undefined };
  const events = parseSse(text);
  return { status: res.status, headers: res.headers, events, result: events.find((e) => e.event === 'result')?.data };
}

/** A recorded scenario (SCENARIO_FORMAT.md). */
export interface Scenario {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly modes?: Record<string, string>;
  readonly symlinks?: Record<string, string | null>;
  readonly sameVertex?: string[][];
  readonly builds: {
    readonly change?: Record<string, string | null>; readonly modes?: Record<string, string>; readonly symlinks?: Record<string, string | null>;
    readonly dockerfile?: string; readonly target?: string; readonly buildArgs?: Record<string, string>; readonly noCache?: boolean;
    readonly secrets?: Record<string, string>; readonly steps: Record<string, string>;
  }[];
}

/** Every shared scenario of one engine, by name. */
export function sharedScenarios(engine: 'v0.8' | 'modern'): Scenario[] {
  const dir = join(sharedDir(), 'scenarios', engine);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Scenario);
}

/** The whole-context request bodies of a scenario, build by build (changes, modes and links applied). */
export function scenarioRequests(sc: Scenario, session: string, engine: string): Record<string, unknown>[] {
  const files = new Map<string, string>(), modes = new Map<string, string>(), links = new Map<string, string>();
  const setModes = (m: Record<string, string> | undefined) => { for (const [p, v] of Object.entries(m ?? {})) modes.set(p, v); };
  const setLinks = (l: Record<string, string | null> | undefined) => {
    for (const [p, t] of Object.entries(l ?? {})) {
      files.delete(p); modes.delete(p);
      if (t === null) links.delete(p); else links.set(p, t);
    }
  };
  for (const [p, c] of Object.entries(sc.files)) files.set(p, c);
  setModes(sc.modes);
  setLinks(sc.symlinks);
  return sc.builds.map((b) => {
    for (const [p, c] of Object.entries(b.change ?? {})) {
      links.delete(p);
      if (c === null) { files.delete(p); modes.delete(p); } else { files.set(p, c); modes.delete(p); }
    }
    setModes(b.modes);
    setLinks(b.symlinks);
    // keep only modes of things that exist (a file or a directory holding files)
    const dirs = new Set([...files.keys(), ...links.keys()].flatMap((p) => p.split('/').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('/'))));
    const liveModes = Object.fromEntries([...modes].filter(([p]) => files.has(p) || dirs.has(p)));
    return {
      session, engine, files: Object.fromEntries(files), modes: liveModes, symlinks: Object.fromEntries(links),
      dockerfile: b.dockerfile ?? 'Dockerfile', ...(b.target ? { target: b.target } : {}), buildArgs: b.buildArgs ?? {},
      noCache: b.noCache ?? false, secrets: b.secrets ?? {},
    };
  });
}

/** Step names mapped through a scenario's sameVertex groups, sorted. */
export function canonical(sc: Pick<Scenario, 'sameVertex'>, steps: Record<string, string>): Record<string, string> {
  const to = new Map<string, string>();
  for (const g of sc.sameVertex ?? []) for (const n of g) to.set(n, g[0]!);
  return Object.fromEntries(Object.entries(steps).map(([k, v]) => [to.get(k) ?? k, v] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
