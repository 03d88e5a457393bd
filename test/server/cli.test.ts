// `layerlab serve` as a command: bad flags exit 2 with a message; a real process prints its URL and token once,
// answers with that token, and exits 0 on SIGTERM.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { enginesUp } from './helpers.ts';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(args, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, readStdin: async () => '', cwd: process.cwd() });
  return { code, out, err };
}

describe('layerlab serve flags', () => {
  it.each([
    [['serve', '--port', 'abc'], /--port needs a whole number/],
    [['serve', '--engine', 'v9=docker:x'], /bad --engine "v9=docker:x"/],
    [['serve', '--bogus'], /unknown option "--bogus"/],
    [['serve', '--host'], /--host needs a value/],
  ])('%j exits 2 with a message', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it('--help prints the usage', async () => {
    const r = await cli(['serve', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/usage: layerlab serve/);
  });
});

describe.skipIf(!enginesUp)('layerlab serve process', () => {
  it('prints the URL and the token once, serves health with it, exits 0 on SIGTERM', async () => {
    const env = { ...process.env };
    delete env['LAYERLAB_TOKEN'];
    const child = spawn(process.execPath, ['src/cli/main.ts', 'serve', '--port', '0', '--engine', `v0.8=docker:${process.env['LAYERLAB_V08_DOCKER']}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 100 && !/engines: /.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    const url = /listening on (\S+)/.exec(out)?.[1];
    const token = /token: (\S+)/.exec(out)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token?.length).toBeGreaterThanOrEqual(32);
    expect(out.match(/token:/g)).toHaveLength(1);
    expect((await fetch(`${url}/v1/health`)).status).toBe(401);
    const h = await fetch(`${url}/v1/health`, { headers: { authorization: `Bearer ${token}` } });
    expect((await h.json()).engines[0]).toMatchObject({ id: 'v0.8', reachable: true });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
