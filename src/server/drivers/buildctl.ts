/** A remote buildkitd reached with buildctl (BUILDKIT_HOST / --addr): for builds that outgrow one machine. */
import { basename, dirname, join } from 'node:path';
import { runProcess, runQuick } from '../process.ts';
import type { EngineId } from '../types.ts';
import { cliEnv } from './docker.ts';
import type { Driver, DriverBuild, EngineInfo } from './types.ts';

/** Where the buildkitd is. */
export interface BuildctlDriverOptions {
  readonly id: EngineId;
  /** e.g. tcp://buildkit.internal:1234, unix:///run/buildkit/buildkitd.sock, docker-container://buildkitd */
  readonly addr: string;
  readonly buildctl?: string;
}

/** The `buildctl build` argv for one build (exported for tests): dockerfile.v0 frontend, network none, plain progress. */
export function buildctlArgs(addr: string, b: Omit<DriverBuild, 'signal' | 'onLine' | 'timeoutMs'>): string[] {
  const df = join(b.contextDir, b.dockerfile);
  const args = ['--addr', addr, 'build', '--frontend', 'dockerfile.v0', '--progress', 'plain',
    '--local', `context=${b.contextDir}`, '--local', `dockerfile=${dirname(df)}`, '--opt', `filename=${basename(df)}`,
    '--opt', 'force-network-mode=none'];
  if (b.target) args.push('--opt', `target=${b.target}`);
  for (const [k, v] of Object.entries(b.buildArgs)) args.push('--opt', `build-arg:${k}=${v}`);
  if (b.noCache) args.push('--no-cache');
  for (const [id, file] of Object.entries(b.secretFiles)) args.push('--secret', `id=${id},src=${file}`);
  return args;
}

/** Creates a driver over buildctl. */
export function buildctlDriver(o: BuildctlDriverOptions): Driver {
  const cli = o.buildctl ?? 'buildctl';
  const env = cliEnv();
  const describe = async (): Promise<EngineInfo> => {
    const base = { id: o.id, driver: 'buildctl', address: o.addr };
    const c = await runQuick(cli, ['--version'], env, 15_000);
    if (c.code !== 0) return { ...base, reachable: false, error: `buildctl not usable: ${c.output.slice(0, 200)}` };
    const i = await runQuick(cli, ['--addr', o.addr, 'debug', 'info'], env, 15_000);
    if (i.code !== 0) return { ...base, reachable: false, client: c.output.trim(), error: i.output.slice(0, 300) };
    return { ...base, reachable: true, client: c.output.trim(), buildkit: /BuildKit:\s*(.*)/.exec(i.output)?.[1]?.trim() ?? 'unknown' };
  };
  return {
    id: o.id,
    kind: 'buildctl',
    address: o.addr,
    build: (b) => runProcess({ command: cli, args: buildctlArgs(o.addr, b), env, timeoutMs: b.timeoutMs, signal: b.signal, onLine: b.onLine }),
    prune: async () => {
      const r = await runQuick(cli, ['--addr', o.addr, 'prune', '--all'], env, 120_000);
      if (r.code !== 0) throw new Error(`buildctl prune failed: ${r.output.slice(-300)}`);
    },
    removeImages: async () => {},
    describe,
  };
}
