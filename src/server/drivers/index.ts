/** Parses `--engine ID=SPEC` values into drivers. */
import type { EngineId } from '../types.ts';
import { buildctlDriver } from './buildctl.ts';
import { dockerDriver } from './docker.ts';
import type { Driver } from './types.ts';

export type { Driver, DriverBuild, EngineInfo } from './types.ts';

/** Usage text of the engine spec. */
export const ENGINE_SPEC_HELP = `ID=docker:CLI            the Docker Engine's BuildKit through that docker CLI (its DOCKER_HOST)
ID=context:NAME[@CLI]    a Docker Engine elsewhere through a docker context (tcp://, ssh://)
ID=buildx:BUILDER[@CLI]  a buildx builder (e.g. remote driver: a buildkitd elsewhere)
ID=buildctl:ADDR         a buildkitd at ADDR (tcp://…, unix://…) through buildctl
ID is v0.8 or modern: the simulator profile the predictions use`;

/** Parses one spec; throws an Error with a plain message. */
export function parseEngineSpec(spec: string): Driver {
  const m = /^(v0\.8|modern)=(docker|context|buildx|buildctl):(.+)$/.exec(spec);
  if (!m) throw new Error(`bad --engine "${spec}"; expected one of:\n${ENGINE_SPEC_HELP}`);
  const id = m[1] as EngineId, kind = m[2]!, rest = m[3]!;
  switch (kind) {
    case 'docker': return dockerDriver({ id, docker: rest });
    case 'context':
    case 'buildx': {
      const at = rest.indexOf('@');
      const name = at < 0 ? rest : rest.slice(0, at), docker = at < 0 ? 'docker' : rest.slice(at + 1);
      return kind === 'context' ? dockerDriver({ id, docker, context: name }) : dockerDriver({ id, docker, builder: name });
    }
    default: return buildctlDriver({ id, addr: rest });
  }
}

/**
 * The engines when none are given: scripts/engines.sh's (LAYERLAB_V08_DOCKER, LAYERLAB_MODERN_DOCKER), else the
 * local daemon (or DOCKER_HOST) through `docker`, as v0.8 when it is a Docker Engine 20.x and modern otherwise.
 */
export async function defaultDrivers(env: Readonly<Record<string, string | undefined>>): Promise<Driver[]> {
  const out: Driver[] = [];
  if (env['LAYERLAB_V08_DOCKER']) out.push(dockerDriver({ id: 'v0.8', docker: env['LAYERLAB_V08_DOCKER'] }));
  if (env['LAYERLAB_MODERN_DOCKER']) out.push(dockerDriver({ id: 'modern', docker: env['LAYERLAB_MODERN_DOCKER'] }));
  if (out.length > 0) return out;
  const info = await dockerDriver({ id: 'modern', docker: 'docker' }).describe();
  return [dockerDriver({ id: /^(1\d|20)\./.test(info.server ?? '') ? 'v0.8' : 'modern', docker: 'docker' })];
}
