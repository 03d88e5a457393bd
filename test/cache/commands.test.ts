import { describe, expect, it } from 'vitest';
import { runEffect, modelFor } from '../../src/core/cache/commands/registry.ts';
import { splitCommands } from '../../src/core/cache/commands/shell.ts';
import { pushLayer, type FsState } from '../../src/core/cache/fs-state.ts';
import { fileRecord, type FsFile } from '../../src/core/cache/context.ts';
import { digest } from '../../src/core/cache/hash.ts';
import type { RunView } from '../../src/core/cache/commands/types.ts';

function fs(files: Record<string, string>): FsState {
  const m = new Map<string, FsFile>();
  for (const [p, t] of Object.entries(files)) m.set(p, { digest: fileRecord(digest(t), 0o644), text: t });
  return pushLayer({ kind: 'image', ref: 'docker.io/library/golang:1.22-alpine' }, m);
}

function view(files: Record<string, string>, over: Partial<RunView> = {}): RunView {
  return { fs: fs(files), cwd: '/app', env: () => undefined, volatileTargets: [], nonce: 'n1', ownerHashed: true, toolchain: 'go', stateDigest: 's1', ...over };
}

const mod = { '/app/go.mod': 'module example.com/app\n\ngo 1.22\n', '/app/go.sum': '' };
const binary = (v: RunView, cmd = 'go build -o /app/main .') => runEffect(cmd, undefined, v).writes.get('/app/main')?.digest;

describe('shell reading', () => {
  it('splits on && and ; and keeps assignments and redirects apart', () => {
    const c = splitCommands('CGO_ENABLED=0 go build -o /out/a ./a && echo done > /log; cd x', () => undefined);
    expect(c.map((x) => x.argv[0])).toEqual(['go', 'echo', 'cd']);
    expect(c[0]!.assigns).toEqual([['CGO_ENABLED', '0']]);
    expect(c[1]!.redirects).toEqual([{ append: false, target: '/log' }]);
  });
});

describe('command models', () => {
  it('picks a model per command and falls back to unknown', () => {
    expect(modelFor(['go', 'build']).id).toBe('go-build');
    expect(modelFor(['apk', 'add', 'git']).id).toBe('package-install');
    expect(modelFor(['make', 'all']).id).toBe('unknown');
  });
  it('go build: a README or a _test.go edit keeps the binary, a .go edit changes it', () => {
    const b0 = binary(view({ ...mod, '/app/main.go': 'package main\nfunc main(){}\n', '/app/README.md': 'a' }));
    expect(binary(view({ ...mod, '/app/main.go': 'package main\nfunc main(){}\n', '/app/README.md': 'b', '/app/main_test.go': 'package main' }))).toBe(b0);
    expect(binary(view({ ...mod, '/app/main.go': 'package main\nfunc main(){println()}\n', '/app/README.md': 'a' }))).not.toBe(b0);
  });
  it('go build follows in-module imports but not unrelated packages', () => {
    const files = { ...mod, '/app/main.go': 'package main\nimport "example.com/app/lib"\nfunc main(){lib.X()}\n', '/app/lib/lib.go': 'package lib\nfunc X(){}\n', '/app/other/o.go': 'package other\n' };
    const b0 = binary(view(files));
    expect(binary(view({ ...files, '/app/lib/lib.go': 'package lib\nfunc X(){println()}\n' }))).not.toBe(b0);
    expect(binary(view({ ...files, '/app/other/o.go': 'package other\n// x\n' }))).toBe(b0);
  });
  it('go build depends on CGO_ENABLED/GOOS/GOARCH and on .git unless -buildvcs=false', () => {
    const files = { ...mod, '/app/main.go': 'package main\n' };
    const b0 = binary(view(files));
    expect(binary(view(files, { env: (n) => (n === 'GOARCH' ? 'arm64' : undefined) }))).not.toBe(b0);
    expect(binary(view({ ...files, '/app/.git/HEAD': 'ref: x' }))).not.toBe(b0);
    const noVcs = 'go build -buildvcs=false -o /app/main .';
    expect(binary(view({ ...files, '/app/.git/HEAD': 'ref: x' }), noVcs)).toBe(binary(view({ ...files, '/app/.git/HEAD': 'ref: y' }), noVcs));
  });
  it('go mod download depends on go.mod and go.sum only', () => {
    const w = (files: Record<string, string>) => [...runEffect('go mod download', undefined, view(files)).writes.values()][0]?.digest;
    expect(w({ ...mod, '/app/main.go': 'a' })).toBe(w({ ...mod, '/app/main.go': 'b' }));
    expect(w({ ...mod, '/app/go.sum': 'x' })).not.toBe(w(mod));
  });
  it('go test: a report with no test files is stable; with tests it differs every run (real Go)', () => {
    const report = (files: Record<string, string>, nonce: string) => runEffect('go test ./... > /r.txt', undefined, view(files, { nonce })).writes.get('/r.txt')?.digest;
    const noTests = { ...mod, '/app/main.go': 'package main\n' };
    expect(report(noTests, 'a')).toBe(report(noTests, 'b'));
    const withTests = { ...noTests, '/app/main_test.go': 'package main\n' };
    expect(report(withTests, 'a')).not.toBe(report(withTests, 'b'));
  });
  it('an unknown command changes everything it could touch on every run', () => {
    expect(runEffect('make all', undefined, view({})).rest).toBe('changes-every-run');
    expect(runEffect('apk add git', undefined, view({})).rest).toBe('deterministic');
  });
  it('echo and printf write exactly the bytes a context file would have', () => {
    const e = runEffect("mkdir -p /out && printf 'same\\n' > /out/d.txt", undefined, view({}));
    expect(e.writes.get('/out/d.txt')?.digest).toBe(fileRecord(digest('same\n'), 0o644));
    expect(e.rest).toBe('untouched');
  });
  it('chown changes the file record only when uid/gid are hashed', () => {
    const d = (ownerHashed: boolean) => runEffect('echo p > /p && chown 1000:1000 /p', undefined, view({}, { ownerHashed })).writes.get('/p')?.digest;
    expect(d(false)).toBe(fileRecord(digest('p\n'), 0o644));
    expect(d(true)).not.toBe(d(false));
  });
  it('a reporting command (ls, find, grep...) writes only its report: other files keep their content', () => {
    const e = runEffect('ls -R /etc > /tree.txt', undefined, view({}));
    expect(e.rest).toBe('untouched');
    expect([...e.writes.keys()]).toEqual(['/tree.txt']);
    const a = runEffect('ls -R /etc > /tree.txt', undefined, view({}, { stateDigest: 's1', nonce: 'a' })).writes.get('/tree.txt')?.digest;
    const b = runEffect('ls -R /etc > /tree.txt', undefined, view({}, { stateDigest: 's1', nonce: 'b' })).writes.get('/tree.txt')?.digest;
    expect(a).toBe(b);
    const timed = (nonce: string) => runEffect('ls -l /etc > /l.txt', undefined, view({}, { nonce })).writes.get('/l.txt')?.digest;
    expect(timed('a')).not.toBe(timed('b'));
  });
  it('go build -o into an existing directory writes <dir>/<name>', () => {
    const e = runEffect('go build -o /usr/local/bin .', undefined, view({ ...mod, '/app/main.go': 'package main\n' }));
    expect([...e.writes.keys()]).toEqual(['/usr/local/bin/app']);
  });
});

describe('file utilities (precise)', () => {
  it('symbolic chmod applies to the current mode', async () => {
    const { applyChmod } = await import('../../src/core/cache/commands/files.ts');
    expect(applyChmod('u+x', 0o644)).toBe(0o744);
    expect(applyChmod('a+x', 0o644)).toBe(0o755);
    expect(applyChmod('go-w', 0o666)).toBe(0o644);
    expect(applyChmod('0700', 0o644)).toBe(0o700);
    expect(applyChmod('bogus', 0o644)).toBeUndefined();
  });
  it('cp into a directory keeps the bytes, so a copied binary is as stable as the original', () => {
    const files = { ...mod, '/app/main.go': 'package main\n' };
    const a = runEffect('go build -o /app/main . && mkdir -p /out && cp /app/main /out/ && chmod +x /out/main', undefined, view(files));
    const b = runEffect('go build -o /app/main . && mkdir -p /out && cp /app/main /out/ && chmod +x /out/main', undefined, view({ ...files, '/app/README.md': 'x' }));
    expect(a.rest).toBe('untouched');
    expect(a.writes.get('/out/main')?.digest).toBeDefined();
    expect(a.writes.get('/out/main')?.digest).toBe(b.writes.get('/out/main')?.digest);
  });
});
