import { describe, expect, it } from 'vitest';
import {
  applyChange,
  createContext,
  diffInputs,
  digestSelection,
  explainIgnore,
  isSourceIgnored,
  loadIgnore,
  NO_IGNORE,
  selectSources,
  snapshotOf,
  type BuildContext,
  type IgnoreRules,
  type Snapshot,
} from '../../src/core/context/index.ts';

function snap(ctx: BuildContext, ignore: IgnoreRules = NO_IGNORE, previous?: Snapshot): Snapshot {
  const s = snapshotOf(ctx, ignore, undefined, previous);
  if ('error' in s) throw new Error(s.error);
  return s;
}
function digest(ctx: BuildContext, sources: string[], ignore: IgnoreRules = NO_IGNORE): string {
  const d = digestSelection(snap(ctx, ignore), sources);
  if (!d.ok) throw new Error(d.error);
  return d.digest;
}

const base = createContext({ 'main.go': 'package main\n', 'go.mod': 'module x\n', 'cmd/server/main.go': 'package main\n', 'README.md': '# x\n' });

describe('createContext / applyChange', () => {
  it('implies directories 0755 and files 0644, applies modes and symlinks', () => {
    const ctx = createContext({ 'a/b.txt': 'x' }, { 'a/b.txt': '0755', a: '0700' }, { 'a/l': 'b.txt' });
    expect(ctx.entries.get('a')).toEqual({ kind: 'dir', path: 'a', mode: 0o700 });
    expect(ctx.entries.get('a/b.txt')).toMatchObject({ kind: 'file', mode: 0o755 });
    expect(ctx.entries.get('a/l')).toEqual({ kind: 'symlink', path: 'a/l', target: 'b.txt' });
  });
  it('deletes recursively but keeps the parent directory, like rm -rf', () => {
    const next = applyChange(base, { change: { 'cmd/server/main.go': null } });
    expect(next.entries.has('cmd/server/main.go')).toBe(false);
    expect(next.entries.get('cmd/server')?.kind).toBe('dir');
    expect(applyChange(base, { change: { cmd: null } }).entries.has('cmd/server')).toBe(false);
  });
  it('a rewritten file gets 0644 unless the same change names a mode; the input is not mutated', () => {
    const ctx = createContext({ 'run.sh': 'a' }, { 'run.sh': '0755' });
    expect(applyChange(ctx, { change: { 'run.sh': 'b' } }).entries.get('run.sh')).toMatchObject({ mode: 0o644 });
    expect(applyChange(ctx, { change: { 'run.sh': 'b' }, modes: { 'run.sh': '0700' } }).entries.get('run.sh')).toMatchObject({ mode: 0o700 });
    expect(ctx.entries.get('run.sh')).toMatchObject({ mode: 0o755, content: 'a' });
  });
  it('writing over a symlink replaces the link; chmod follows links', () => {
    const ctx = createContext({ 'real.txt': 'r' }, undefined, { 'l.txt': 'real.txt' });
    expect(applyChange(ctx, { modes: { 'l.txt': '0600' } }).entries.get('real.txt')).toMatchObject({ mode: 0o600 });
    expect(applyChange(ctx, { change: { 'l.txt': 'now a file' } }).entries.get('l.txt')?.kind).toBe('file');
  });
  it('rejects what the recorder cannot do', () => {
    expect(() => createContext({ '../x': '' })).toThrow(/not inside/);
    expect(() => applyChange(base, { modes: { nope: '0644' } })).toThrow(/no such file/);
    expect(() => applyChange(base, { change: { cmd: 'x' } })).toThrow(/directory/);
    expect(() => applyChange(base, { change: { 'main.go/x': 'x' } })).toThrow(/is a file/);
    expect(() => applyChange(base, { modes: { 'main.go': '0999' } })).toThrow(/invalid mode/);
  });
});

describe('loadIgnore: which file', () => {
  it('<Dockerfile>.dockerignore wins over .dockerignore', () => {
    const ctx = createContext({ '.dockerignore': '*.md\n', 'Dockerfile.dockerignore': '*.go\n', 'sub/Dockerfile.dockerignore': 'go.mod\n' });
    expect(loadIgnore(ctx).file).toBe('Dockerfile.dockerignore');
    expect(loadIgnore(ctx, 'sub/Dockerfile').patterns.map((p) => p.pattern)).toEqual(['go.mod']);
    expect(loadIgnore(ctx, 'other/Dockerfile').file).toBe('.dockerignore');
    expect(loadIgnore(createContext({ a: '' })).file).toBeUndefined();
  });
  it('a .dockerignore that ignores itself still applies, and is not sent', () => {
    const ctx = createContext({ '.dockerignore': '.dockerignore\nnotes.txt\n', 'notes.txt': 'n', 'main.go': 'm' });
    const s = snap(ctx, loadIgnore(ctx));
    expect([...s.entries.keys()]).toEqual(['main.go']);
  });
  it('records line numbers and explains the deciding pattern, also through a parent', () => {
    const ctx = createContext({ '.dockerignore': '# c\n*.md\ndocs/\n' });
    const rules = loadIgnore(ctx);
    expect(explainIgnore(rules, 'README.md')).toMatchObject({ ignored: true, decidedBy: { pattern: '*.md', line: 2 } });
    expect(explainIgnore(rules, 'docs/a/b.txt')).toMatchObject({ ignored: true, decidedBy: { pattern: 'docs', line: 3 }, viaParent: 'docs' });
    expect(explainIgnore(rules, 'main.go').ignored).toBe(false);
  });
  it('the CopyIgnoredFile check sees the source as written', () => {
    const rules = loadIgnore(createContext({ '.dockerignore': 'README.md\n' }));
    expect(isSourceIgnored(rules, 'README.md')).toBe(true);
    expect(isSourceIgnored(rules, './README.md')).toBe(false);
  });
});

describe('selectSources', () => {
  const ctx = createContext(
    { 'go.mod': 'm', 'main.go': 'a', 'util.go': 'b', 'cmd/server/main.go': 'c', 'docs/x.md': 'd', 'README.md': 'r', Dockerfile: 'FROM x\n', '.dockerignore': 'docs\n' },
    undefined,
    { 'link.go': 'main.go', dangling: 'nope', 'cmdlink': 'cmd' },
  );
  const s = snap(ctx, loadIgnore(ctx));
  const sel = (sources: string[], mode: 'copy' | 'bind' = 'copy') => selectSources(s, sources, mode);
  it('a file, a directory (contents), a trailing slash, ./ and / prefixes', () => {
    const [f, d, slash, dot] = sel(['main.go', 'cmd', 'cmd/', './cmd/server/']);
    expect(f).toMatchObject({ status: 'found', paths: ['main.go'], opSource: 'main.go' });
    expect(d?.paths).toEqual(['cmd', 'cmd/server', 'cmd/server/main.go']);
    expect(slash?.paths).toEqual(d?.paths);
    expect(dot?.paths).toEqual(['cmd/server', 'cmd/server/main.go']);
  });
  it('COPY . . takes the Dockerfile and .dockerignore unless ignored, never ignored files', () => {
    const [all] = sel(['.']);
    expect(all?.paths).toContain('Dockerfile');
    expect(all?.paths).toContain('.dockerignore');
    expect(all?.paths).not.toContain('docs/x.md');
  });
  it('wildcards: matches, none (allowed), and a missing plain path fails', () => {
    const [go, none, missing, ignored] = sel(['*.go', 'go.sum*', 'go.sum', 'docs/x.md']);
    expect(go).toMatchObject({ status: 'found', paths: ['main.go', 'util.go'] }); // link.go is followed to main.go
    expect(none).toMatchObject({ status: 'empty-wildcard', paths: [] });
    expect(missing?.status).toBe('not-found');
    expect(ignored?.status).toBe('not-found');
  });
  it('follows the source symlink itself (also through a directory link), fails on a dangling one', () => {
    const [l, dl, viaDir] = sel(['link.go', 'dangling', 'cmdlink/server']);
    expect(l?.paths).toEqual(['main.go']);
    expect(dl?.status).toBe('not-found');
    expect(viaDir?.paths).toEqual(['cmd/server', 'cmd/server/main.go']);
  });
  it('bind mounts: no wildcards, default source is the whole context', () => {
    const [star, root] = sel(['*.go', ''], 'bind');
    expect(star?.status).toBe('not-found');
    expect(root?.paths).toContain('go.mod');
  });
});

describe('digests', () => {
  it('a mode change changes the digest; an identical rewrite does not', () => {
    const d0 = digest(base, ['main.go']);
    expect(digest(applyChange(base, { change: {}, modes: { 'main.go': '0755' } }), ['main.go'])).not.toBe(d0);
    expect(digest(applyChange(base, { change: { 'main.go': 'package main\n' } }), ['main.go'])).toBe(d0);
  });
  it('string and byte content with the same bytes are the same', () => {
    const bytes = new TextEncoder().encode('package main\n');
    expect(digest(applyChange(base, { change: { 'main.go': bytes } }), ['main.go'])).toBe(digest(base, ['main.go']));
  });
  it('a change to an ignored file does not change COPY . .', () => {
    const ctx = applyChange(base, { change: { '.dockerignore': '*.md\n' } });
    const ignore = loadIgnore(ctx);
    expect(digest(applyChange(ctx, { change: { 'README.md': 'new' } }), ['.'], ignore)).toBe(digest(ctx, ['.'], ignore));
  });
  it('editing .dockerignore changes COPY . . unless it ignores itself', () => {
    const a = applyChange(base, { change: { '.dockerignore': '*.md\n' } });
    const b = applyChange(base, { change: { '.dockerignore': '*.md\n.git\n' } });
    expect(digest(a, ['.'], loadIgnore(a))).not.toBe(digest(b, ['.'], loadIgnore(b)));
    const c = applyChange(base, { change: { '.dockerignore': '.dockerignore\n*.md\n' } });
    const d = applyChange(base, { change: { '.dockerignore': '.dockerignore\n*.md\n.git\n' } });
    expect(digest(c, ['.'], loadIgnore(c))).toBe(digest(d, ['.'], loadIgnore(d)));
  });
  it('a symlink target change changes a directory digest; following a link hashes the target', () => {
    const ctx = createContext({ 'd/a': 'x' }, undefined, { 'd/l': 'a' });
    expect(digest(applyChange(ctx, { symlinks: { 'd/l': 'b' } }), ['d'])).not.toBe(digest(ctx, ['d']));
    expect(digest(ctx, ['d/l'])).toBe(digest(ctx, ['d/a']));
  });
  it('renaming a child changes the directory digest; moving the whole directory does not', () => {
    const ctx = createContext({ 'cfg/a.yaml': '1' });
    expect(digest(createContext({ 'cfg/b.yaml': '1' }), ['cfg'])).not.toBe(digest(ctx, ['cfg']));
    expect(digest(createContext({ 'conf/a.yaml': '1' }), ['conf'])).toBe(digest(ctx, ['cfg']));
  });
  it('same bytes under another directory (or another base name) give the same file digest; opSource tells them apart', () => {
    const ctx = createContext({ 'config/app.yaml': 'p', 'conf/app.yaml': 'p', 'other/settings.yaml': 'p' });
    const ds = ['config/app.yaml', 'conf/app.yaml', 'other/settings.yaml'].map((p) => digest(ctx, [p]));
    expect(new Set(ds).size).toBe(1);
    expect(selectSources(snap(ctx), ['conf/app.yaml', 'other/settings.yaml']).map((s) => s.opSource)).toEqual(['app.yaml', 'settings.yaml']);
  });
  it('the context root mode never matters; a sub-directory mode does on a fresh cache', () => {
    const ctx = createContext({ 'cmd/x.go': 'x' });
    expect(digest(applyChange(ctx, { modes: { cmd: '0700' } }), ['cmd'])).not.toBe(digest(ctx, ['cmd']));
  });
  it('a directory chmod is not seen by a reused snapshot (moby/buildkit#7176), a new file is', () => {
    const ctx = createContext({ 'cmd/server/main.go': 'x' });
    const s1 = snap(ctx);
    const chmodded = applyChange(ctx, { change: {}, modes: { 'cmd/server': '0700' } });
    const s2 = snap(chmodded, NO_IGNORE, s1);
    expect(s2.staleDirModes.get('cmd/server')).toBe(0o700);
    const d1 = digestSelection(s1, ['cmd/']);
    const d2 = digestSelection(s2, ['cmd/']);
    expect(d1.ok && d2.ok && d1.digest === d2.digest).toBe(true);
    const s3 = snap(applyChange(chmodded, { change: { 'cmd/server/util.go': 'u' } }), NO_IGNORE, s2);
    expect(s3.staleDirModes.get('cmd/server')).toBe(0o700);
  });
  it('COPY go.mod go.sum* ./: a missing go.sum is fine, adding it changes the digest', () => {
    const ctx = createContext({ 'go.mod': 'm', 'main.go': 'x' });
    const d0 = digest(ctx, ['go.mod', 'go.sum*']);
    expect(digest(applyChange(ctx, { change: { 'main.go': 'y' } }), ['go.mod', 'go.sum*'])).toBe(d0);
    expect(digest(applyChange(ctx, { change: { 'go.sum': 's' } }), ['go.mod', 'go.sum*'])).not.toBe(d0);
  });
  it('source order and duplicates do not matter; a nested source is covered by its parent', () => {
    expect(digest(base, ['go.mod', 'main.go'])).toBe(digest(base, ['main.go', 'go.mod', 'main.go']));
    expect(digest(base, ['cmd', 'cmd/server/main.go'])).toBe(digest(base, ['cmd']));
  });
  it('a failing source makes the whole selection fail', () => {
    const d = digestSelection(snap(base), ['main.go', 'missing.go']);
    expect(d.ok).toBe(false);
  });
});

describe('diffInputs says which paths differ', () => {
  const input = (ctx: BuildContext, sources: string[], ignore: IgnoreRules = NO_IGNORE) => digestSelection(snap(ctx, ignore), sources).input;
  it('content, mode, added, removed, target', () => {
    const ctx = createContext({ 'main.go': 'a', 'run.sh': 's', 'old.txt': 'o' }, undefined, { l: 'main.go' });
    const next = applyChange(ctx, { change: { 'main.go': 'b', 'old.txt': null, 'new.txt': 'n' }, modes: { 'run.sh': '0755' }, symlinks: { l: 'run.sh' } });
    const diff = diffInputs(input(ctx, ['.']), input(next, ['.']));
    expect(diff).toEqual(
      expect.arrayContaining([
        { kind: 'content', selector: '/', name: 'main.go', path: 'main.go' },
        { kind: 'mode', selector: '/', name: 'run.sh', path: 'run.sh', before: 0o644, after: 0o755 },
        { kind: 'removed', selector: '/', name: 'old.txt', path: 'old.txt' },
        { kind: 'added', selector: '/', name: 'new.txt', path: 'new.txt' },
        { kind: 'target', selector: '/', name: 'l', path: 'l', before: 'main.go', after: 'run.sh' },
      ]),
    );
    expect(diff).toHaveLength(5);
  });
  it('equal digests give no differences', () => {
    expect(diffInputs(input(base, ['.']), input(base, ['.']))).toEqual([]);
  });
});
