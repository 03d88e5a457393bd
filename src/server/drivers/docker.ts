/** Docker Engine drivers: the daemon's own BuildKit (20.10 classic client or a 23+ client with buildx), or a named buildx builder. */
import { join } from 'node:path';
import { runProcess, runQuick } from '../process.ts';
import type { EngineId } from '../types.ts';
import type { Driver, DriverBuild, EngineInfo } from './types.ts';

/** How to reach a Docker Engine (or a buildx builder through one docker CLI). */
export interface DockerDriverOptions {
  readonly id: EngineId;
  /** The docker CLI (a wrapper that sets DOCKER_HOST is fine). */
  readonly docker: string;
  /** Extra environment (DOCKER_HOST, DOCKER_CONFIG); the server's own environment is not passed on. */
  readonly env?: Readonly<Record<string, string>>;
  /** A buildx builder name (`--builder`), e.g. a remote buildkitd; absent = the daemon's own BuildKit. */
  readonly builder?: string;
  /** A docker context (`--context`): a Docker Engine elsewhere (tcp, ssh), built with its own BuildKit. */
  readonly context?: string;
}

// BuildKit is vendored into dockerd and not reported by the API; the versions the oracle knows (ENGINES.md).
const VENDORED: Readonly<Record<string, string>> = {
  '20.10.24': 'v0.8 branch (moby/buildkit eeb7b65ab7d6)',
  '28.5.2': 'v0.25.2',
};

/** The minimal environment a docker CLI needs; nothing else of the server's environment leaks in. */
export function cliEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string | undefined> {
  const pick = ['PATH', 'HOME', 'DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'BUILDKIT_HOST', 'TMPDIR'];
  const env: Record<string, string | undefined> = {};
  for (const k of pick) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, ...extra };
}

/** The `docker build` argv for one build (exported for tests). */
export function dockerBuildArgs(b: Omit<DriverBuild, 'signal' | 'onLine' | 'timeoutMs'>, builder: string | undefined): string[] {
  const args = builder ? ['buildx', 'build', '--builder', builder] : ['build'];
  args.push('--network=none', '--progress=plain', '-f', join(b.contextDir, b.dockerfile));
  if (!builder) args.push('-t', b.tag);
  if (b.target) args.push('--target', b.target);
  for (const [k, v] of Object.entries(b.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  if (b.noCache) args.push('--no-cache');
  for (const [id, file] of Object.entries(b.secretFiles)) args.push('--secret', `id=${id},src=${file}`);
  args.push(b.contextDir);
  return args;
}

/** Creates a driver over a docker CLI. */
export function dockerDriver(o: DockerDriverOptions): Driver {
  const env = cliEnv({ DOCKER_BUILDKIT: '1', ...(o.env ?? {}) });
  const pre = o.context ? ['--context', o.context] : [];
  const address = o.builder ? `buildx builder "${o.builder}" via ${o.docker}` : o.context ? `docker context "${o.context}" via ${o.docker}` : (o.env?.['DOCKER_HOST'] ?? `${o.docker} (its DOCKER_HOST)`);
  const kind = o.builder ? 'buildx' : o.context ? 'context' : 'docker';
  const describe = async (): Promise<EngineInfo> => {
    const base = { id: o.id, driver: kind, address };
    const v = await runQuick(o.docker, [...pre, 'version', '--format', '{{.Client.Version}} {{.Server.Version}}'], env, 15_000);
    const m = /^(\S+) (\S+)$/m.exec(v.output);
    if (v.code !== 0 || !m) return { ...base, reachable: false, error: v.output.split('\n').slice(-3).join(' ').slice(0, 300) };
    const server = m[2]!;
    let buildkit = VENDORED[server.replace(/\+.*$/, '')] ?? 'embedded in dockerd (version not reported)';
    if (o.builder) {
      const i = await runQuick(o.docker, ['buildx', 'inspect', o.builder], env, 15_000);
      const bk = /BuildKit version:\s*(\S+)/.exec(i.output);
      if (i.code !== 0) return { ...base, reachable: false, client: m[1]!, server, error: i.output.slice(0, 300) };
      buildkit = bk?.[1] ?? buildkit;
    }
    return { ...base, reachable: true, client: m[1]!, server, buildkit };
  };
  return {
    id: o.id,
    kind,
    address,
    imageCli: o.builder || o.context ? undefined : o.docker,
    build: (b) => runProcess({ command: o.docker, args: [...pre, ...dockerBuildArgs(b, o.builder)], env, timeoutMs: b.timeoutMs, signal: b.signal, onLine: b.onLine }),
    prune: async () => {
      const args = o.builder ? ['buildx', 'prune', '-af', '--builder', o.builder] : ['builder', 'prune', '-af'];
      const r = await runQuick(o.docker, [...pre, ...args], env, 120_000);
      if (r.code !== 0) throw new Error(`build cache prune failed: ${r.output.slice(-300)}`);
    },
    removeImages: async (tags) => {
      if (o.builder || tags.length === 0) return;
      await runQuick(o.docker, [...pre, 'rmi', '-f', ...tags], env, 60_000);
    },
    describe,
  };
}
