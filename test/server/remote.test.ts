// The remote-engine driver (docker --context): a docker context whose endpoint is the modern engine, as a team
// would name a Docker Engine on a build machine (tcp://, ssh://). Shared scenarios replayed through it give the
// recorded steps. buildkitd/buildctl and buildx's remote/docker-container drivers cannot be had here (no
// registry for moby/buildkit, no Debian package): those drivers' argv is tested in units.test.ts only.
// LAYERLAB_REMOTE_ENGINE=modern=buildctl:tcp://… (any --engine spec of a modern BuildKit) runs the same checks on it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerDriver } from '../../src/server/drivers/docker.ts';
import { parseEngineSpec } from '../../src/server/drivers/index.ts';
import { canonical, enginesUp, postBuild, scenarioRequests, sharedScenarios, testServer, type TestServer } from './helpers.ts';

const PICK = ['multistage-alpine-final', 'identical-steps-two-stages', 'no-cache', 'secret-mount'];

describe.skipIf(!enginesUp)('remote engine driver (docker --context)', () => {
  let s: TestServer;
  let config: string;
  beforeAll(async () => {
    // the real docker 28 binary behind scripts/engines.sh's wrapper, with a private DOCKER_CONFIG
    const wrapper = readFileSync(process.env['LAYERLAB_MODERN_DOCKER']!, 'utf8');
    const real = /exec (\S+) "\$@"/.exec(wrapper)![1]!;
    config = mkdtempSync(join(tmpdir(), 'll-buildx-'));
    mkdirSync(join(config, 'cli-plugins'));
    symlinkSync(join(process.env['LAYERLAB_MODERN_DOCKER_CONFIG']!, 'cli-plugins', 'docker-buildx'), join(config, 'cli-plugins', 'docker-buildx'));
    const env = { ...process.env, DOCKER_CONFIG: config, DOCKER_HOST: '' };
    delete (env as Record<string, string | undefined>)['DOCKER_HOST'];
    execFileSync(real, ['context', 'create', 'team-builder', '--docker', `host=${process.env['LAYERLAB_MODERN_DOCKER_HOST']}`], { env, stdio: 'ignore' });
    const remote = process.env['LAYERLAB_REMOTE_ENGINE'];
    const driver = remote ? parseEngineSpec(remote) : dockerDriver({ id: 'modern', docker: real, env: { DOCKER_CONFIG: config }, context: 'team-builder' });
    s = await testServer({ drivers: [driver], limits: { maxQueue: 50 } });
  });
  afterAll(async () => {
    await s?.close();
    if (config) rmSync(config, { recursive: true, force: true });
  });

  it('health names the builder and its BuildKit', async () => {
    const h = await (await fetch(`${s.url}/v1/health`, { headers: { authorization: `Bearer ${s.token}` } })).json();
    expect(h.engines).toHaveLength(1);
    expect(h.engines[0]).toMatchObject({ id: 'modern', reachable: true });
    if (!process.env['LAYERLAB_REMOTE_ENGINE']) {
      expect(h.engines[0]).toMatchObject({ driver: 'context', buildkit: 'v0.25.2' });
      expect(h.engines[0].address).toContain('team-builder');
    }
  });

  const scenarios = enginesUp ? sharedScenarios('modern').filter((sc) => PICK.includes(sc.name)) : [];
  for (const sc of scenarios) {
    it(`${sc.name}: real steps through the context equal the recording`, async () => {
      const bodies = scenarioRequests(sc, `remote-${sc.name}`, 'modern');
      for (const [i, body] of bodies.entries()) {
        const r = await postBuild(s, body);
        expect(r.result.error, `build ${i}`).toBeNull();
        expect(canonical(sc, r.result.steps), `build ${i}`).toEqual(canonical(sc, sc.builds[i]!.steps));
      }
    }, 120_000);
  }
});
