/** `layerlab serve`: starts the build server (a thin Node edge over the core simulator and real BuildKit engines). */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, engineTurn } from './app.ts';
import type { Driver } from './drivers/index.ts';
import { makeOfflineImages } from './images.ts';
import { createScheduler } from './scheduler.ts';
import { createSessions } from './sessions.ts';
import { DEFAULT_LIMITS, type EngineId, type Limits } from './types.ts';

/** Everything `serve` can be told. */
export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly token?: string;
  readonly allowOrigins: readonly string[];
  readonly drivers: readonly Driver[];
  readonly offlineImages: boolean;
  readonly limits?: Partial<Limits>;
  /** The Go toolchain the simulator assumes (the stand-in `go` of offline images, or real Go). */
  readonly toolchain?: 'go' | 'stand-in';
  readonly log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly token: string;
  /** The server's private temp dir (session contexts, secrets); removed by close. */
  readonly workDir: string;
  readonly close: () => Promise<void>;
}

/** The default CORS allowlist: the site's dev server. */
export const DEFAULT_ORIGINS = ['http://127.0.0.1:4321', 'http://localhost:4321'];

/** Starts listening; resolves once the port is bound. */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const log = o.log ?? ((line: string) => process.stderr.write(`layerlab serve: ${line}\n`));
  const token = o.token ?? randomBytes(24).toString('base64url');
  const limits: Limits = { ...DEFAULT_LIMITS, ...(o.limits ?? {}) };
  if (o.offlineImages) {
    for (const d of o.drivers) if (d.imageCli) { log(`making offline base images on ${d.id}`); await makeOfflineImages(d.imageCli); }
  }
  const workDir = await mkdtemp(join(tmpdir(), 'layerlab-serve-'));
  const drivers = new Map<EngineId, Driver>(o.drivers.map((d) => [d.id, d]));
  const scheduler = createScheduler(limits.maxQueue);
  const sessions = createSessions(workDir, o.toolchain ?? (o.offlineImages ? 'stand-in' : 'go'));
  const app = createApp({ token, allowOrigins: o.allowOrigins, limits, drivers, sessions, scheduler, workDir, version: '0.1.0', log });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, () => resolve(s));
    s.once('error', reject);
  });
  const sweeper = setInterval(() => {
    for (const id of sessions.idleSince(Date.now() - limits.sessionTtlMs)) {
      void sessions.drop(id, o.drivers, engineTurn(scheduler)).then(() => log(`session ${id} expired after being idle`), () => undefined);
    }
  }, Math.min(60_000, Math.max(100, limits.sessionTtlMs / 4)));
  sweeper.unref();
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}`,
    token,
    workDir,
    close: async () => {
      clearInterval(sweeper);
      await new Promise<void>((resolve) => { server.close(() => resolve()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); });
      await sessions.removeAllImages(o.drivers);
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
