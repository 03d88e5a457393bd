/** Build server overhead against a plain `docker build` of the same context on the same engine, and throughput with 4 concurrent sessions. */
// Needs scripts/engines.sh's engines (LAYERLAB_V08_DOCKER / LAYERLAB_MODERN_DOCKER); prints "skipped" otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dockerDriver } from '../src/server/drivers/docker.ts';
import type { Driver } from '../src/server/drivers/index.ts';
import { startServer, type RunningServer } from '../src/server/index.ts';

const FILES: Record<string, string> = {
  Dockerfile: 'FROM golang:1.22-alpine AS build\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.20\nCOPY --from=build /out/app /app\nRUN echo ready > /ready\n',
  'go.mod': 'module example.com/bench\n\ngo 1.22\n',
  'main.go': 'package main\n\nfunc main() { println("hi") }\n',
  ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`pkg/p${i}/p.go`, `package p${i}\n\nconst N = ${i}\n`])),
};
const ROUNDS = 5;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

/** A plain `docker build` (async: the in-process server keeps serving meanwhile). */
async function plainBuild(docker: string, ctx: string, noCache: boolean): Promise<number> {
  const t0 = performance.now();
  const args = ['build', '--network=none', '--progress=plain', '-f', join(ctx, 'Dockerfile'), '-t', 'layerlab-bench:plain', ...(noCache ? ['--no-cache'] : []), ctx];
  const child = spawn(docker, args, { env: { ...process.env, DOCKER_BUILDKIT: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`plain docker build failed: ${err.slice(-300)}`);
  return performance.now() - t0;
}

async function serverBuild(s: RunningServer, body: Record<string, unknown>): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${s.url}/v1/builds`, { method: 'POST', headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  const ms = performance.now() - t0;
  const result = /event: result\ndata: (.*)\n/.exec(text)?.[1];
  if (!result || !JSON.parse(result).ok) throw new Error(`server build failed: ${text.slice(-300)}`);
  return ms;
}

async function overhead(s: RunningServer, id: 'v0.8' | 'modern', docker: string): Promise<void> {
  const ctx = mkdtempSync(join(tmpdir(), 'layerlab-bench-'));
  try {
    for (const [p, c] of Object.entries(FILES)) { mkdirSync(dirname(join(ctx, p)), { recursive: true }); writeFileSync(join(ctx, p), c); }
    const session = `bench-${id === 'v0.8' ? 'v08' : id}`;
    for (const [label, noCache] of [['warm (all cached)', false], ['cold (--no-cache)', true]] as const) {
      await plainBuild(docker, ctx, false);
      await serverBuild(s, { session, engine: id, files: FILES });
      const plain: number[] = [], served: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        plain.push(await plainBuild(docker, ctx, noCache));
        served.push(await serverBuild(s, { session, engine: id, files: FILES, noCache }));
      }
      const p = median(plain), v = median(served);
      console.log(`  ${id.padEnd(6)} ${label.padEnd(18)} docker build ${p.toFixed(0).padStart(5)} ms  server ${v.toFixed(0).padStart(5)} ms  ratio ${(v / p).toFixed(2)}  (median of ${ROUNDS}, ${Object.keys(FILES).length} files)`);
    }
  } finally {
    rmSync(ctx, { recursive: true, force: true });
    spawnSync(docker, ['rmi', '-f', 'layerlab-bench:plain']);
  }
}

async function throughput(s: RunningServer, label: string, engines: readonly ('v0.8' | 'modern')[]): Promise<void> {
  const BUILDS = 3;
  const t0 = performance.now();
  await Promise.all([0, 1, 2, 3].map(async (i) => {
    for (let b = 0; b < BUILDS; b++) {
      await serverBuild(s, { session: `tp-${label}-${i}`, engine: engines[i % engines.length], files: { ...FILES, 'main.go': `package main\n\nfunc main() { println(${b}) }\n` } });
    }
  }));
  const secs = (performance.now() - t0) / 1000;
  console.log(`  4 sessions x ${BUILDS} builds on ${engines.join(' + ')}: ${secs.toFixed(1)} s, ${((4 * BUILDS) / secs).toFixed(2)} builds/s`);
}

/** Prints the figures (called by bench/run.ts). */
export async function benchServer(): Promise<void> {
  const v08 = process.env['LAYERLAB_V08_DOCKER'], modern = process.env['LAYERLAB_MODERN_DOCKER'];
  if (!v08 || !modern) { console.log('  skipped: run `eval "$(scripts/engines.sh start)"` first'); return; }
  const drivers: Driver[] = [dockerDriver({ id: 'v0.8', docker: v08 }), dockerDriver({ id: 'modern', docker: modern })];
  const s = await startServer({ port: 0, host: '127.0.0.1', allowOrigins: [], drivers, offlineImages: false, toolchain: 'stand-in', limits: { maxQueue: 16 }, log: () => undefined });
  try {
    console.log('  overhead = wall time of POST /v1/builds (SSE until result, incl. context sync + prediction) / wall time of `docker build` of the same dir');
    await overhead(s, 'v0.8', v08);
    await overhead(s, 'modern', modern);
    console.log('  throughput (each session owns its engine\'s cache in turn: a switch prunes it)');
    await throughput(s, 'one', ['v0.8']);
    await throughput(s, 'two', ['v0.8', 'modern']);
  } finally {
    await s.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchServer();
