import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

async function run(argv: string[], options: { stdin?: string; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? tmpdir(),
  });
  return { code, stdout, stderr };
}

describe('layerlab debug parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-parse-'));

  it('prints the Node.Dump() of a file, relative to the working directory', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM golang:1.23 AS build\nRUN --mount=type=cache,target=/go go build \\\n    ./...\nCMD ["/app"]\n');
    const result = await run(['debug', 'parse', 'Dockerfile'], { cwd: dir });
    expect(result).toEqual({
      code: 0,
      stdout: '(from "golang:1.23" "AS" "build")\n(run ["--mount=type=cache,target=/go"] "go build     ./...")\n(cmd "/app")\n',
      stderr: '',
    });
  });

  it('keeps bytes that are not UTF-8 and prints them as Go does', async () => {
    const bytes = Buffer.concat([Buffer.from('FROM a\nRUN echo '), Buffer.from([0xff, 0xfe]), Buffer.from('\nCMD ["'), Buffer.from([0xc3]), Buffer.from('"]\n')]);
    writeFileSync(join(dir, 'Dockerfile.bytes'), bytes);
    const result = await run(['debug', 'parse', 'Dockerfile.bytes'], { cwd: dir });
    expect(result.stdout).toBe('(from "a")\n(run "echo \\xff\\xfe")\n(cmd "\uFFFD")\n');
  });

  it('reads stdin for -', async () => {
    const result = await run(['debug', 'parse', '-'], { stdin: 'ENV a=1\n' });
    expect(result.stdout).toBe('(env "a" "1" "=")\n');
    expect(result.code).toBe(0);
  });

  it('exits 1 with the reason when BuildKit would reject the file', async () => {
    const result = await run(['debug', 'parse', '-'], { stdin: 'FROM a\nENV lonely\n' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('dockerfile parse error on line 2: ENV must have two arguments\n');
    const empty = await run(['debug', 'parse', '-'], { stdin: '# nothing here\n' });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('file with no instructions');
  });

  it('still prints the tree when there are only warnings', async () => {
    const result = await run(['debug', 'parse', '-'], { stdin: 'RUN a \\\n\n  b\n' });
    expect(result).toEqual({ code: 0, stdout: '(run "a   b")\n', stderr: '' });
  });

  it('exits 2 with a clear message for a missing file or bad usage', async () => {
    const missing = await run(['debug', 'parse', 'no-such-Dockerfile'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read Dockerfile "no-such-Dockerfile"/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const usage = await run(['debug', 'parse']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: layerlab debug parse/);
  });
});
