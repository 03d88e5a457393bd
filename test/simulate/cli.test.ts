import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

async function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: async () => '', cwd });
  return { code, out, err };
}

const shared = join(process.cwd(), '../shared/scenarios');
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('layerlab replay', () => {
  it('prints JSON predictions in the documented shape and exits 0 when everything matches', async () => {
    const r = await cli(['replay', join(shared, 'v0.8/gomod-first-edit-main.json'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.summary).toEqual({ steps: 28, correct: 28, builds: 4, exact: 4 });
    expect(json.scenarios[0].name).toBe('gomod-first-edit-main');
    expect(json.scenarios[0].builds[1].steps['[builder 5/6] COPY . .']).toBe('run');
  });
  it('marks mismatches and exits 1 when a recording disagrees', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    temp.push(dir);
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 1, name: 'bad', files: { Dockerfile: 'FROM alpine:3.20\nRUN echo a > /a\n' }, builds: [{ steps: { '[2/2] RUN echo a > /a': 'cached' } }] }));
    const r = await cli(['replay', file, '--engine', 'modern']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗');
    expect(r.out).toContain('accuracy: 0/1 steps');
  });
  it('rejects bad input with a message, not a stack trace', async () => {
    const r = await cli(['replay', 'does-not-exist.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read');
    expect((await cli(['replay', '--engine', 'v9'])).err).toContain('unknown engine');
  });
});

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore' });
}

describe('layerlab simulate --base', () => {
  const repo = mkdtempSync(join(tmpdir(), 'sim-'));
  temp.push(repo);
  mkdirSync(join(repo, 'svc'));
  const df = 'FROM golang:1.22-alpine AS b\nWORKDIR /app\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app/main .\nFROM alpine:3.20\nCOPY --from=b /app/main /main\n';
  writeFileSync(join(repo, 'svc/Dockerfile'), df);
  writeFileSync(join(repo, 'svc/go.mod'), 'module example.com/svc\n');
  writeFileSync(join(repo, 'svc/main.go'), 'package main\nfunc main() {}\n');
  writeFileSync(join(repo, 'svc/README.md'), '# svc\n');
  git(repo, 'init', '-q');
  git(repo, '-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
  git(repo, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'init');

  it('finds nothing to re-run without changes', async () => {
    const r = await cli(['simulate', '-C', 'svc', '--base', 'HEAD', '--format', 'json'], repo);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).steps.every((s: { verdict: string }) => s.verdict === 'cached')).toBe(true);
  });
  it('a committed and a working-tree change: names the first step that breaks the cache, with causes and estimates', async () => {
    writeFileSync(join(repo, 'svc/main.go'), 'package main\nfunc main() { println(1) }\n');
    git(repo, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qam', 'edit');
    writeFileSync(join(repo, 'svc/README.md'), '# svc v2\n');
    const r = await cli(['simulate', '-C', 'svc', '--base', 'HEAD~1', '--format', 'json'], repo);
    const json = JSON.parse(r.out);
    expect(json.firstBreak).toBe('[b 5/6] COPY . .');
    expect(json.steps.find((s: { name: string }) => s.name === '[b 5/6] COPY . .').why).toContain('main.go modified');
    expect(json.steps.find((s: { name: string }) => s.name === '[b 5/6] COPY . .').why).toContain('README.md modified');
    expect(json.steps.find((s: { name: string }) => s.name.includes('COPY --from')).verdict).toBe('run');
    expect(json.estimate.savedSeconds).toBeGreaterThan(0);
  });
  it('renders markdown for a PR comment', async () => {
    const r = await cli(['simulate', '-C', 'svc', '--base', 'HEAD~1', '--format', 'markdown'], repo);
    expect(r.out).toContain('| 🔁 run | `[b 5/6] COPY . .` |');
    expect(r.out).toContain('**Estimated**');
  });
  it('fails clearly on an unknown ref or a missing --base', async () => {
    expect((await cli(['simulate', '-C', 'svc', '--base', 'no-such-ref'], repo)).code).toBe(2);
    expect((await cli(['simulate', '-C', 'svc'], repo)).err).toContain('--base GITREF is required');
  });
  it('at the repository top, a commit changes .git and busts COPY . . unless .dockerignore lists .git', async () => {
    const top = mkdtempSync(join(tmpdir(), 'simtop-'));
    temp.push(top);
    writeFileSync(join(top, 'Dockerfile'), 'FROM alpine:3.20\nCOPY . /src\n');
    writeFileSync(join(top, 'a.txt'), 'a\n');
    git(top, 'init', '-q');
    git(top, '-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git(top, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'one');
    git(top, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'two');
    const run = JSON.parse((await cli(['simulate', '--base', 'HEAD~1', '--format', 'json'], top)).out);
    expect(run.steps[0].verdict).toBe('run');
    expect(run.steps[0].why).toContain('.git/HEAD');
    writeFileSync(join(top, '.dockerignore'), '.git\n');
    git(top, '-c', 'user.email=t@t', '-c', 'user.name=t', 'add', '.');
    git(top, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'three');
    git(top, '-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'four');
    const cached = JSON.parse((await cli(['simulate', '--base', 'HEAD~1', '--format', 'json'], top)).out);
    expect(cached.steps[0].verdict).toBe('cached');
  });
});
