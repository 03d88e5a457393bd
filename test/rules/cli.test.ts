import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

async function run(args: string[], cwd: string, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => stdin, cwd });
  return { code, stdout, stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-check-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const CLEAN = 'FROM alpine:3.20\nCOPY app /app\nUSER 1000\nENTRYPOINT ["/app"]\n';

describe('layerlab check', () => {
  it('exits 0 on a clean file and 1 when a finding reaches the threshold', async () => {
    const dir = project({ Dockerfile: CLEAN, 'bad/Dockerfile': 'FROM golang:latest\n' });
    expect((await run(['check', 'Dockerfile'], dir)).code).toBe(0);
    expect((await run(['check', 'bad/Dockerfile'], dir)).code).toBe(1);
    expect((await run(['check', 'bad/Dockerfile', '--failure-threshold', 'error'], dir)).code).toBe(0);
  });
  it('exits 2 with a message on usage and IO errors', async () => {
    const dir = project({ Dockerfile: CLEAN });
    const missing = await run(['check', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope: no such file or directory');
    expect((await run(['check', '--format', 'xml'], dir)).code).toBe(2);
    expect((await run(['check', '--dry-run'], dir)).code).toBe(2);
    const help = await run(['check', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: layerlab check');
  });
  it('finds Dockerfile, *.Dockerfile, Dockerfile.* and Containerfile in directories', async () => {
    const dir = project({ 'a/Dockerfile': CLEAN, 'b/api.Dockerfile': CLEAN, 'c/Dockerfile.dev': CLEAN, 'd/Containerfile': CLEAN, 'e/README.md': 'x', 'node_modules/x/Dockerfile': CLEAN });
    const out = await run(['check', '.', '--format', 'json'], dir);
    expect(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path).sort()).toEqual(['a/Dockerfile', 'b/api.Dockerfile', 'c/Dockerfile.dev', 'd/Containerfile']);
  });
  it('reads the .dockerignore and go.mod that apply', async () => {
    const dir = project({ Dockerfile: 'FROM golang:1.21 AS b\nWORKDIR /s\nCOPY README.md .\n', '.dockerignore': '*.md\n', 'go.mod': 'module m\n\ngo 1.22.1\n' });
    const ids = JSON.parse((await run(['check', '--format', 'json'], dir)).stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('CopyIgnoredFile');
    expect(ids).toContain('GoVersionMismatch');
  });
  it('reads stdin with -', async () => {
    const out = await run(['check', '-', '--format', 'json'], project({}), 'FROM golang:latest\n');
    expect(JSON.parse(out.stdout).files[0].path).toBe('<stdin>');
    expect(out.code).toBe(1);
  });
  it('--fix rewrites the file, --fix --dry-run prints a diff and leaves it alone', async () => {
    const dir = project({ Dockerfile: 'FROM alpine:3.20 AS Base\nCMD echo hi\n' });
    const dry = await run(['check', '--fix', '--dry-run'], dir);
    expect(dry.stdout).toContain('-FROM alpine:3.20 AS Base');
    expect(dry.stdout).toContain('+FROM alpine:3.20 AS base');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('AS Base');
    const fixed = await run(['check', '--fix'], dir);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM alpine:3.20 AS base\nCMD ["echo", "hi"]\n');
    expect(fixed.code).toBe(0);
  });
  it('validates .layerlab.yaml and applies it', async () => {
    const bad = project({ Dockerfile: CLEAN, '.layerlab.yaml': 'rules:\n  DL3007: loud\n' });
    const out = await run(['check'], bad);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('.layerlab.yaml is invalid');
    expect(out.stderr).toContain('rules.DL3007');
    const good = project({ Dockerfile: 'FROM golang:latest\n', '.layerlab.json': '{"ignore":["DL3007"]}' });
    expect((await run(['check'], good)).code).toBe(0);
  });
});

describe('layerlab rules / explain', () => {
  it('lists every rule and explains one', async () => {
    const list = await run(['rules'], process.cwd());
    expect(list.stdout).toContain('CopyIgnoredFile');
    expect(list.stdout).toMatch(/59 rules/);
    const page = await run(['explain', 'dl3007'], process.cwd());
    expect(page.code).toBe(0);
    expect(page.stdout).toContain('```dockerfile\nFROM golang:latest');
    const zh = await run(['explain', 'DL3007', '--lang', 'zh-cn'], process.cwd());
    expect(zh.stdout).toContain('检查什么');
    expect((await run(['explain', 'NoSuchRule'], process.cwd())).code).toBe(2);
  });
});
