// The real launcher as a process: bin/layerlab.cjs running dist-cli/check.cjs with its V8 code cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = join(ROOT, 'test/fixtures/corpus');
const cacheDir = mkdtempSync(join(tmpdir(), 'layerlab-cli-cache-'));

function launch(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/layerlab.cjs'), ...args], {
    cwd: ROOT, env: { ...process.env, LAYERLAB_CACHE_DIR: cacheDir, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function inProcess(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => '', cwd: ROOT });
  return { code, stdout, stderr };
}

const cacheFiles = () => readdirSync(cacheDir).filter((f) => f.startsWith('check-') && f.endsWith('.cache'));

beforeAll(() => {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 60_000);

describe('bin/layerlab.cjs check (bundle + code cache)', () => {
  const withFindings = 'test/fixtures/corpus/aquasecurity__trivy__Dockerfile.Dockerfile';

  it('prints what the in-process CLI prints, writes the code cache after a checking run and reuses it', async () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.Dockerfile')).slice(0, 6).map((f) => `test/fixtures/corpus/${f}`);
    files.push('test/fixtures/corpus/coredns__coredns__Dockerfile.Dockerfile');
    for (const file of files) {
      const expected = await inProcess(['check', file, '--format', 'json']);
      const first = launch(['check', file, '--format', 'json']);
      expect([0, 1]).toContain(expected.code);
      expect(first).toEqual(expected);
      expect(cacheFiles()).toHaveLength(1);
      expect(launch(['check', file, '--format', 'json'])).toEqual(expected);
    }
  }, 60_000);

  it('gives the same answer from the TypeScript source', () => {
    const args = ['check', 'test/fixtures/corpus', '--format', 'sarif'];
    expect(launch(args)).toEqual(launch(args, { LAYERLAB_CLI_SOURCE: '1' }));
  }, 60_000);

  it('throws away a damaged cache and writes a good one', () => {
    const args = ['check', withFindings, '--format', 'json'];
    const good = launch(args);
    expect(good.code).toBe(1);
    for (const f of cacheFiles()) writeFileSync(join(cacheDir, f), 'not a V8 code cache');
    expect(launch(args)).toEqual(good);
    expect(launch(args)).toEqual(good);
  }, 60_000);

  it('keeps usage errors out of the cache', () => {
    const empty = mkdtempSync(join(tmpdir(), 'layerlab-cli-nocache-'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/layerlab.cjs'), 'check', 'no/such/Dockerfile'], { cwd: ROOT, env: { ...process.env, LAYERLAB_CACHE_DIR: empty }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/Dockerfile: no such file or directory');
    expect(existsSync(empty) ? readdirSync(empty) : []).toEqual([]);
  });

  it('writes output larger than a pipe buffer whole, and stops quietly when the reader goes away', async () => {
    const expected = await inProcess(['check', 'test/fixtures/corpus', '--format', 'json']);
    expect(expected.stdout.length).toBeGreaterThan(65536);
    expect(launch(['check', 'test/fixtures/corpus', '--format', 'json'])).toEqual(expected);
    const cut = spawnSync('sh', ['-c', `"${process.execPath}" bin/layerlab.cjs check test/fixtures/corpus --format json | head -c 100`], {
      cwd: ROOT, env: { ...process.env, LAYERLAB_CACHE_DIR: cacheDir }, encoding: 'utf8',
    });
    expect(cut.stdout).toBe(expected.stdout.slice(0, 100));
    expect(cut.stderr).toBe('');
  }, 60_000);
});
