// Pure parts of the build server (no engine needed): progress parsing, tar reading, request checks,
// driver argv, the scheduler, and the predicted-vs-real comparison.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildctlArgs } from '../../src/server/drivers/buildctl.ts';
import { dockerBuildArgs } from '../../src/server/drivers/docker.ts';
import { parseEngineSpec } from '../../src/server/drivers/index.ts';
import { compareSteps, diffBuild, newHistory, predict } from '../../src/server/predict.ts';
import { createProgressParser, lineSplitter } from '../../src/server/progress.ts';
import { parseJsonRequest } from '../../src/server/request.ts';
import { createScheduler } from '../../src/server/scheduler.ts';
import { readTar } from '../../src/server/tar.ts';
import { DEFAULT_LIMITS } from '../../src/server/types.ts';

describe('progress parser', () => {
  it('keeps step vertices with CACHED/DONE and drops internal, FROM, exporting and the buildx banner', () => {
    const p = createProgressParser();
    const lines = [
      '#0 building with "default" instance using docker driver', '#1 [internal] load build definition from Dockerfile', '#1 DONE 0.0s',
      '#2 [build 1/3] FROM docker.io/library/golang:1.22-alpine', '#2 DONE 0.0s', '#3 [build 2/3] WORKDIR /src', '#3 CACHED',
      '#4 [build 3/3] RUN go build', '#4 0.105 compiling', '#4 DONE 1.2s', '#5 exporting to image', '#5 DONE 0.1s',
      '#6 [stage-1 1/1] COPY --from=build /out /', '#6 ERROR: failed',
    ];
    const events = lines.map((l) => p.push(l));
    expect(p.steps()).toEqual({ '[build 2/3] WORKDIR /src': 'cached', '[build 3/3] RUN go build': 'run' });
    expect(p.unfinished()).toEqual(['[stage-1 1/1] COPY --from=build /out /']);
    expect(events[8]).toMatchObject({ kind: 'vertex', vertex: '4', step: true, status: 'log' });
    expect(events[6]).toMatchObject({ status: 'cached', name: '[build 2/3] WORKDIR /src' });
    expect(events[13]).toMatchObject({ status: 'error' });
    expect(p.push('1 warning found')).toEqual({ kind: 'other', line: '1 warning found' });
  });
  it('splits chunks into lines across chunk borders and CRLF', () => {
    const got: string[] = [];
    const s = lineSplitter((l) => got.push(l));
    s.write('#1 a\r\n#1 D'); s.write('ONE 0.0s\n#2'); s.end();
    expect(got).toEqual(['#1 a', '#1 DONE 0.0s', '#2']);
  });
});

describe('tar reader', () => {
  it('reads files, modes, directories and symlinks made by tar(1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-unit-'));
    try {
      writeFileSync(join(dir, 'run.sh'), 'x', { mode: 0o755 });
      symlinkSync('run.sh', join(dir, 'link'));
      execFileSync('mkdir', ['-m', '0700', join(dir, 'priv')]);
      writeFileSync(join(dir, 'priv', 'k'), 'k');
      const r = readTar(new Uint8Array(execFileSync('tar', ['-C', dir, '-cf', '-', '.'])), 100);
      if (!r.ok) throw new Error(r.error.reason);
      expect(r.value.context.get('run.sh')).toMatchObject({ kind: 'file', mode: 0o755 });
      expect(r.value.context.get('link')).toEqual({ kind: 'symlink', target: 'run.sh' });
      expect(r.value.dirModes.get('priv')).toBe(0o700);
      expect(new TextDecoder().decode((r.value.context.get('priv/k') as { data: Uint8Array }).data)).toBe('k');
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
  it('refuses bad checksums, truncation, devices and too many members', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-unit-'));
    try {
      for (let i = 0; i < 3; i++) writeFileSync(join(dir, `f${i}`), 'data'.repeat(200));
      const tar = new Uint8Array(execFileSync('tar', ['-C', dir, '-cf', '-', 'f0', 'f1', 'f2']));
      const flipped = tar.slice(); flipped[10] = flipped[10]! ^ 1;
      expect(readTar(flipped, 100)).toMatchObject({ ok: false, error: { reason: expect.stringMatching(/checksum/) } });
      expect(readTar(tar.slice(0, 700), 100)).toMatchObject({ ok: false, error: { reason: expect.stringMatching(/truncated/) } });
      expect(readTar(tar, 2)).toMatchObject({ ok: false, error: { status: 413 } });
      const dev = new Uint8Array(execFileSync('tar', ['-cf', '-', '-P', '/dev/null']));
      expect(readTar(dev, 100)).toMatchObject({ ok: false, error: { reason: expect.stringMatching(/entry type "3"/) } });
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('JSON request checks', () => {
  const ok = (b: unknown) => parseJsonRequest(JSON.stringify(b), DEFAULT_LIMITS);
  it('accepts a full request and applies modes to files and directories', () => {
    const r = ok({ session: 's', engine: 'v0.8', files: { Dockerfile: 'FROM a', 'bin/x': '' }, modes: { 'bin/x': '0755', bin: '0700' }, symlinks: { l: 'bin/x' }, target: 't', buildArgs: { A: '1' }, noCache: true });
    if (!r.ok) throw new Error(r.error.reason);
    expect(r.value.context.get('bin/x')).toMatchObject({ mode: 0o755 });
    expect(r.value.dirModes.get('bin')).toBe(0o700);
    expect(r.value).toMatchObject({ engine: 'v0.8', target: 't', noCache: true, buildArgs: { A: '1' } });
  });
  it('keeps a build arg named __proto__ as data', () => {
    const r = parseJsonRequest('{"session": "s", "files": {"Dockerfile": ""}, "buildArgs": {"__proto__": "x", "A": "1"}}', DEFAULT_LIMITS);
    if (!r.ok) throw new Error(r.error.reason);
    expect(Object.entries(r.value.buildArgs)).toEqual([['__proto__', 'x'], ['A', '1']]);
  });
  it.each([
    [{ files: { Dockerfile: '' } }, /"session"/],
    [{ session: 's', engine: 'v1', files: { Dockerfile: '' } }, /"engine"/],
    [{ session: 's', files: {} }, /not in the context/],
    [{ session: 's', files: { Dockerfile: '' }, modes: { Dockerfile: 'rwx' } }, /octal/],
    [{ session: 's', files: { Dockerfile: '' }, modes: { nodir: '0755' } }, /neither a file nor a directory/],
    [{ session: 's', files: { Dockerfile: '' }, buildArgs: { 'A B': 'x' } }, /invalid name/],
    [{ session: '../x', files: { Dockerfile: '' } }, /"session"/],
    [{ session: 's', files: { Dockerfile: '', x: 1 } }, /must be a string/],
    [{ session: 's', files: { Dockerfile: '', a: '' }, symlinks: { a: 'b' } }, /both a file and a symlink/],
  ])('refuses %j', (b, reason) => {
    const r = ok(b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.reason).toMatch(reason);
  });
});

describe('driver argv', () => {
  const b = { contextDir: '/ctx', dockerfile: 'sub/Dockerfile', target: 'build', buildArgs: { V: '1' }, noCache: true, secretFiles: { tok: '/s/tok' }, tag: 'repo:b0' };
  it('docker build: network none, plain progress, the Dockerfile inside the context', () => {
    expect(dockerBuildArgs(b, undefined)).toEqual(['build', '--network=none', '--progress=plain', '-f', '/ctx/sub/Dockerfile', '-t', 'repo:b0', '--target', 'build', '--build-arg', 'V=1', '--no-cache', '--secret', 'id=tok,src=/s/tok', '/ctx']);
    expect(dockerBuildArgs(b, 'remote1').slice(0, 6)).toEqual(['buildx', 'build', '--builder', 'remote1', '--network=none', '--progress=plain']);
  });
  it('buildctl: dockerfile.v0 frontend with network forced to none', () => {
    const a = buildctlArgs('tcp://bk:1234', b);
    expect(a.slice(0, 3)).toEqual(['--addr', 'tcp://bk:1234', 'build']);
    expect(a.join(' ')).toContain('--local context=/ctx --local dockerfile=/ctx/sub --opt filename=Dockerfile --opt force-network-mode=none --opt target=build --opt build-arg:V=1 --no-cache --secret id=tok,src=/s/tok');
  });
  it('parses --engine specs and refuses others', () => {
    expect(parseEngineSpec('v0.8=docker:/usr/bin/docker')).toMatchObject({ id: 'v0.8', kind: 'docker' });
    expect(parseEngineSpec('modern=buildx:remote@/opt/docker')).toMatchObject({ id: 'modern', kind: 'buildx', imageCli: undefined });
    expect(parseEngineSpec('v0.8=context:buildbox@/usr/bin/docker')).toMatchObject({ id: 'v0.8', kind: 'context', address: 'docker context "buildbox" via /usr/bin/docker' });
    expect(parseEngineSpec('modern=buildctl:tcp://10.0.0.1:1234')).toMatchObject({ kind: 'buildctl', address: 'tcp://10.0.0.1:1234' });
    expect(() => parseEngineSpec('v2=docker:x')).toThrow(/bad --engine/);
  });
});

describe('scheduler', () => {
  it('runs one build per engine, queues FIFO up to the cap, and frees a slot on release', async () => {
    const s = createScheduler(1);
    const a = s.enqueue('v0.8')!, b = s.enqueue('v0.8')!;
    expect(s.enqueue('v0.8')).toBeUndefined();
    const m = s.enqueue('modern')!;
    expect([a.ahead, b.ahead, m.ahead]).toEqual([0, 1, 0]);
    expect([s.running(), s.waiting()]).toEqual([2, 1]);
    let bStarted = false;
    void b.ready.then(() => { bStarted = true; });
    await Promise.resolve();
    expect(bStarted).toBe(false);
    a.release(); a.release();
    await b.ready;
    expect([s.running(), s.waiting()]).toEqual([2, 0]);
    b.release(); m.release();
    expect(s.running()).toBe(0);
  });
  it('lets a waiting build leave the line', () => {
    const s = createScheduler(5);
    const a = s.enqueue('e')!, b = s.enqueue('e')!;
    b.release();
    expect(s.waiting()).toBe(0);
    a.release();
    expect(s.running()).toBe(0);
  });
});

describe('prediction history', () => {
  const req = (files: Record<string, string>, dirModes: [string, number][] = []) => {
    const r = parseJsonRequest(JSON.stringify({ session: 's', engine: 'modern', files }), DEFAULT_LIMITS);
    if (!r.ok) throw new Error(r.error.reason);
    return { ...r.value, dirModes: new Map(dirModes) };
  };
  it('turns whole contexts into the changes since the previous build', () => {
    const h = newHistory('modern', 'stand-in');
    predict(h, req({ Dockerfile: 'FROM alpine:3.20\n', 'a/x': '1', 'a/y': '2' }));
    const d = diffBuild(h.context, req({ Dockerfile: 'FROM alpine:3.20\n', 'a/x': '1', 'a/z': '3' }, [['a', 0o700]]));
    expect(d.change).toEqual({ 'a/y': null, 'a/z': '3' });
    expect(d.modes).toEqual({ a: '0700' });
  });
  it('sees a change in a binary file that is not valid UTF-8', () => {
    const h = newHistory('modern', 'stand-in');
    const bin = (b: number) => ({ ...req({ Dockerfile: 'FROM alpine:3.20\nCOPY blob /blob\n' }), context: new Map([...req({ Dockerfile: 'FROM alpine:3.20\nCOPY blob /blob\n' }).context, ['blob', { kind: 'file' as const, data: new Uint8Array([0xff, b]), mode: 0o644 }]]) });
    predict(h, bin(0xfe));
    expect(diffBuild(h.context, bin(0xfd)).change).toHaveProperty('blob');
    expect(Object.values(predict(h, bin(0xfd)).steps)).toEqual(['run']);
  });
  it('predicts a repeated build as cached and compares sameVertex-aware', () => {
    const h = newHistory('modern', 'stand-in');
    const r = req({ Dockerfile: 'FROM alpine:3.20\nCOPY x /x\nRUN cat /x\n', x: 'hi' });
    expect(Object.values(predict(h, r).steps)).toEqual(['run', 'run']);
    const second = predict(h, r);
    expect(Object.values(second.steps)).toEqual(['cached', 'cached']);
    const rows = compareSteps({ steps: { '[a 2/2] X': 'run' }, sameVertex: [['[a 2/2] X', '[b 2/2] X']], errors: [] }, { '[b 2/2] X': 'run', '[c 1/1] Y': 'cached' });
    expect(rows).toEqual([
      { step: '[b 2/2] X', predicted: 'run', real: 'run', match: true },
      { step: '[c 1/1] Y', predicted: null, real: 'cached', match: false },
    ]);
  });
});
