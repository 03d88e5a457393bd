// The real BuildKit engines of scripts/engines.sh answer. Skipped unless LAYERLAB_ENGINES=1
// (`eval "$(scripts/engines.sh start)"` exports it with the LAYERLAB_*_DOCKER variables).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Engine {
  readonly name: string;
  readonly dockerVar: string;
  readonly hostVar: string;
  readonly server: RegExp;
}

const engines: readonly Engine[] = [
  { name: 'v0.8 (Docker 20.10, BuildKit v0.8)', dockerVar: 'LAYERLAB_V08_DOCKER', hostVar: 'LAYERLAB_V08_DOCKER_HOST', server: /^20\.10\.\d+/ },
  { name: 'modern (Docker 28.5, BuildKit v0.25)', dockerVar: 'LAYERLAB_MODERN_DOCKER', hostVar: 'LAYERLAB_MODERN_DOCKER_HOST', server: /^28\.\d+\.\d+/ },
];

const up = process.env['LAYERLAB_ENGINES'] === '1';

/** Runs a docker CLI and returns its trimmed stdout. */
function docker(cli: string, args: readonly string[]): string {
  return execFileSync(cli, args, { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

describe.skipIf(!up)('real engines (LAYERLAB_ENGINES=1)', () => {
  for (const e of engines) {
    const cli = process.env[e.dockerVar];
    const host = process.env[e.hostVar];
    it(`${e.name}: ${e.dockerVar} and ${e.hostVar} are set`, () => {
      expect(cli, e.dockerVar).toBeTruthy();
      expect(host, e.hostVar).toMatch(/^unix:\/\/\//);
    });
    it.skipIf(!cli || !host)(`${e.name}: docker version answers on its socket`, () => {
      const viaWrapper = docker(cli ?? '', ['version', '--format', '{{.Server.Version}}']);
      expect(viaWrapper).toMatch(e.server);
      const viaHost = docker(cli ?? '', ['-H', host ?? '', 'version', '--format', '{{.Server.Version}}']);
      expect(viaHost).toBe(viaWrapper);
    });
  }
  it('the two engines are different daemons', () => {
    const ids = engines.map((e) => docker(process.env[e.dockerVar] ?? '', ['info', '--format', '{{.ID}}']));
    expect(ids[0]).not.toBe(ids[1]);
  });
});
