// Safety of the build server, each item tried over real HTTP against a real engine (LAYERLAB_ENGINES=1).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesUp, postBuild, testServer, type TestServer } from './helpers.ts';

const DF = 'FROM alpine:3.20\nRUN echo ok > /ok\n';
const body = (over: Record<string, unknown> = {}) => ({ session: 'safe', engine: 'v0.8', files: { Dockerfile: DF }, ...over });

describe.skipIf(!enginesUp)('server safety', () => {
  let s: TestServer;
  beforeAll(async () => { s = await testServer({ limits: { maxBodyBytes: 64 * 1024, maxFiles: 50, maxPathLength: 200 } }); });
  afterAll(async () => { await s?.close(); });

  it('refuses requests without the token, or with a wrong one (401)', async () => {
    expect((await fetch(`${s.url}/v1/health`)).status).toBe(401);
    const wrong = await fetch(`${s.url}/v1/health`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toMatch(/Bearer/);
    expect((await postBuild({ url: s.url, token: 'nope' }, body())).status).toBe(401);
    const ok = await fetch(`${s.url}/v1/health`, { headers: { authorization: `Bearer ${s.token}` } });
    expect(ok.status).toBe(200);
    const h = await ok.json();
    expect(h.engines.map((e: any) => [e.id, e.reachable])).toEqual([['v0.8', true], ['modern', true]]);
    expect(h.engines[0].server).toMatch(/^20\.10\./);
    expect(h.engines[1].server).toMatch(/^28\./);
  });

  it('answers CORS preflights for allowed site origins only', async () => {
    const pre = await fetch(`${s.url}/v1/builds`, { method: 'OPTIONS', headers: { origin: 'http://localhost:4321', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const evil = await fetch(`${s.url}/v1/health`, { headers: { origin: 'https://evil.example', authorization: `Bearer ${s.token}` } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const good = await fetch(`${s.url}/v1/health`, { headers: { origin: 'http://127.0.0.1:4321', authorization: `Bearer ${s.token}` } });
    expect(good.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    // the SSE answer of a build carries the CORS headers too (the playground reads it with fetch)
    const sse = await postBuild(s, body({ session: 'cors' }), { headers: { origin: 'http://localhost:4321' } });
    expect(sse.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(sse.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(sse.result.ok).toBe(true);
    const refused = await postBuild(s, body({ session: 'cors' }), { headers: { origin: 'http://localhost:9999' } });
    expect(refused.status).toBe(403);
  });

  it('limits body size, file count and path length with clear 4xx reasons', async () => {
    const big = await postBuild(s, body({ files: { Dockerfile: DF, big: 'x'.repeat(70 * 1024) } }));
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/65536-byte limit/);
    const many = await postBuild(s, body({ files: Object.fromEntries([['Dockerfile', DF], ...Array.from({ length: 60 }, (_, i) => [`f${i}`, ''])]) }));
    expect(many.status).toBe(413);
    expect(many.json.error).toMatch(/too many files: 61 > 50/);
    const long = await postBuild(s, body({ files: { Dockerfile: DF, ['a/'.repeat(120) + 'x']: '' } }));
    expect(long.status).toBe(400);
    expect(long.json.error).toMatch(/longer than 200/);
  });

  it('refuses path traversal and absolute paths', async () => {
    for (const p of ['../escape', 'a/../../escape', '/etc/passwd', './x', 'a//b']) {
      const r = await postBuild(s, body({ files: { Dockerfile: DF, [p]: 'x' } }));
      expect(r.status, p).toBe(400);
    }
    expect((await postBuild(s, body({ files: { Dockerfile: DF, '../x': '' } }))).json.error).toMatch(/traversal/);
    expect((await postBuild(s, body({ files: { Dockerfile: DF, '/abs': '' } }))).json.error).toMatch(/absolute/);
    expect((await postBuild(s, body({ dockerfile: '../Dockerfile' }))).status).toBe(400);
    expect((await postBuild(s, body({ modes: { '../x': '0755' } }))).status).toBe(400);
  });

  it('answers malformed JSON and malformed tar with 400 and the reason', async () => {
    const j = await postBuild(s, null, { raw: '{"session": "x", files: ' });
    expect(j.status).toBe(400);
    expect(j.json.error).toMatch(/^malformed JSON/);
    const shape = await postBuild(s, { session: 'x', files: ['Dockerfile'] });
    expect(shape.json.error).toMatch(/"files" must be an object/);
    const t = await postBuild(s, null, { raw: 'this is not a tar archive'.repeat(40), headers: { 'content-type': 'application/x-tar' }, query: '?session=x' });
    expect(t.status).toBe(400);
    expect(t.json.error).toMatch(/^malformed tar: bad header checksum/);
    expect((await postBuild(s, null, { raw: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });

  it('refuses tar members that escape, and links used as the Dockerfile or .dockerignore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-tar-'));
    try {
      writeFileSync(join(dir, 'Dockerfile'), DF);
      const tar = execFileSync('tar', ['-C', dir, '--transform', 's,^Dockerfile$,../Dockerfile,', '-cf', '-', 'Dockerfile']);
      const r = await postBuild(s, null, { raw: tar, headers: { 'content-type': 'application/x-tar' }, query: '?session=t&dockerfile=../Dockerfile' });
      expect(r.status).toBe(400);
      expect(r.json.error).toMatch(/traversal/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
    const dfLink = await postBuild(s, body({ files: { x: DF }, symlinks: { Dockerfile: '/etc/shadow' } }));
    expect(dfLink.json.error).toMatch(/must be a regular file/);
    const ignLink = await postBuild(s, body({ symlinks: { '.dockerignore': '/etc/shadow' } }));
    expect(ignLink.json.error).toMatch(/\.dockerignore" must be a regular file/);
    const through = await postBuild(s, body({ files: { Dockerfile: DF, 'l/x': 'y' }, symlinks: { l: '/tmp' } }));
    expect(through.status).toBe(400);
  });

  it('builds a tar body with modes and symlinks like the JSON form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-tar-'));
    try {
      writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nCOPY . /src\nRUN test -x /src/bin/run.sh && test -L /src/link && test "$(readlink /src/link)" = bin/run.sh\n');
      mkdirSync(join(dir, 'bin'));
      writeFileSync(join(dir, 'bin', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
      symlinkSync('bin/run.sh', join(dir, 'link'));
      const tar = execFileSync('tar', ['-C', dir, '-cf', '-', '.']);
      const r = await postBuild(s, null, { raw: tar, headers: { 'content-type': 'application/x-tar' }, query: '?session=tarbody&engine=modern' });
      expect(r.status).toBe(200);
      expect(r.result.error).toBeNull();
      expect(Object.values(r.result.steps)).toEqual(['run', 'run']);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('runs every build with --network=none', async () => {
    // the host has more interfaces than lo; a build without network sees only lo
    const r = await postBuild(s, body({ session: 'net', files: { Dockerfile: 'FROM alpine:3.20\nRUN ls /sys/class/net > /n && cat /n && test "$(cat /n)" = lo\n' } }));
    expect(r.result.error).toBeNull();
    expect(r.result.ok).toBe(true);
  });

  it('never follows a symlink of the context when it writes files, even when a link becomes a directory', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'll-outside-'));
    try {
      const first = await postBuild(s, body({ session: 'links', files: { Dockerfile: 'FROM alpine:3.20\nCOPY Dockerfile /d\n' }, symlinks: { d: outside, e: `${outside}/f` } }));
      expect(first.result.error).toBeNull();
      const second = await postBuild(s, body({ session: 'links', files: { Dockerfile: 'FROM alpine:3.20\nCOPY d /d\n', 'd/x': 'inside', e: 'file now' } }));
      expect(second.result.error).toBeNull();
      expect(readdirSync(outside)).toEqual([]);
    } finally { rmSync(outside, { recursive: true, force: true }); }
  });

  it('never logs the token or a secret, and redacts secrets from the streamed log', async () => {
    const secret = 'sup3r-s3cret-value-42';
    const r = await postBuild(s, body({ session: 'sec', files: { Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=secret,id=tok cat /run/secrets/tok\n' }, secrets: { tok: secret } }));
    expect(r.result.error).toBeNull();
    expect(r.result.log).toContain('****');
    const everything = JSON.stringify(r.events) + s.logs.join('\n');
    expect(everything).not.toContain(secret);
    expect(s.logs.join('\n')).not.toContain(s.token);
    expect(readdirSync(s.workDir).filter((d) => d.startsWith('secrets-'))).toEqual([]);
  });

  it('drops a session with DELETE (cache, images, context dir)', async () => {
    const r = await postBuild(s, body({ session: 'gone' }));
    expect(r.result.ok).toBe(true);
    const before = readdirSync(s.workDir).length;
    const del = await fetch(`${s.url}/v1/sessions/gone`, { method: 'DELETE', headers: { authorization: `Bearer ${s.token}` } });
    expect(del.status).toBe(200);
    expect(readdirSync(s.workDir).length).toBe(before - 1);
    const images = execFileSync(process.env['LAYERLAB_V08_DOCKER']!, ['images', '--format', '{{.Repository}}'], { encoding: 'utf8' });
    expect(images).not.toContain(`layerlab-session-${createHash('sha256').update('gone').digest('hex').slice(0, 16)}`);
    const again = await fetch(`${s.url}/v1/sessions/gone`, { method: 'DELETE', headers: { authorization: `Bearer ${s.token}` } });
    expect(again.status).toBe(404);
  });

  it('removes its temp dir on close', async () => {
    const t = await testServer({}, false);
    expect(existsSync(t.workDir)).toBe(true);
    await t.close();
    expect(existsSync(t.workDir)).toBe(false);
  });
});
