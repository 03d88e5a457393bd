import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

async function cli(args: readonly string[], files: Record<string, string> = {}, stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'layerlab-steps-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, readStdin: async () => stdin, cwd });
  return { code, out, err };
}

const DOCKERFILE = 'ARG V=1\nFROM alpine:3.20 AS a\nARG V\nRUN echo $V\nFROM alpine:3.20 AS b\nRUN echo b\n';

describe('layerlab debug steps', () => {
  it('prints the step names of the last stage by default, modern engine', async () => {
    expect(await cli(['debug', 'steps', 'Dockerfile'], { Dockerfile: DOCKERFILE })).toEqual({ code: 0, out: '[b 2/2] RUN echo b\n', err: '' });
  });
  it('honours --target (any case), --build-arg and --all', async () => {
    const r = await cli(['debug', 'steps', 'Dockerfile', '--target', 'A', '--build-arg', 'V=9', '--all'], { Dockerfile: DOCKERFILE });
    expect(r.out).toBe('[a 1/2] FROM docker.io/library/alpine:3.20\n[a 2/2] RUN echo 9\n');
  });
  it('reads stdin for -', async () => {
    expect((await cli(['debug', 'steps', '-'], {}, 'FROM alpine\nRUN true\n')).out).toBe('[2/2] RUN true\n');
  });
  it('exits 1 with a clear message when the engine rejects the Dockerfile', async () => {
    const r = await cli(['debug', 'steps', 'Dockerfile', '--engine', 'v0.8'], { Dockerfile: 'FROM alpine\nRUN --network=none true\n' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 2: Unknown flag: network');
    expect(r.out).toBe('');
  });
  it('exits 2 on usage and IO errors', async () => {
    expect((await cli(['debug', 'steps'])).code).toBe(2);
    expect((await cli(['debug', 'steps', 'Dockerfile', '--engine', 'v9'], { Dockerfile: 'FROM alpine\n' })).err).toContain('unknown engine "v9"');
    expect((await cli(['debug', 'steps', 'missing'])).code).toBe(2);
    expect((await cli(['debug', 'steps', 'Dockerfile', '--build-arg', 'NOVALUE'], { Dockerfile: 'FROM alpine\n' })).code).toBe(2);
  });
});
