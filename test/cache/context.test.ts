import { describe, expect, it } from 'vitest';
import { snapshotContext, type ContextEntry } from '../../src/core/cache/context.ts';
import { selectFromContext } from '../../src/core/cache/selection.ts';

function ctx(files: Record<string, string>, modes: Record<string, number> = {}, links: Record<string, string> = {}): Map<string, ContextEntry> {
  const m = new Map<string, ContextEntry>();
  for (const [p, c] of Object.entries(files)) m.set(p, { kind: 'file', path: p, content: c, mode: modes[p] ?? 0o644 });
  for (const [p, t] of Object.entries(links)) m.set(p, { kind: 'symlink', path: p, target: t });
  return m;
}

describe('content checksums of COPY sources', () => {
  it('ignores the directory part of a file source but not its bytes', () => {
    const s = snapshotContext(ctx({ 'config/app.yaml': 'port: 1', 'conf/app.yaml': 'port: 1', 'x/app.yaml': 'port: 2' }));
    const a = selectFromContext(s, ['config/app.yaml'], '/etc/app/');
    const b = selectFromContext(s, ['conf/app.yaml'], '/etc/app/');
    const c = selectFromContext(s, ['x/app.yaml'], '/etc/app/');
    expect(a.digest).toBe(b.digest);
    expect(a.digest).not.toBe(c.digest);
    expect([...a.placed.keys()]).toEqual(['/etc/app/app.yaml']);
  });
  it('changes when a file mode changes, even with the same bytes', () => {
    const a = selectFromContext(snapshotContext(ctx({ 'run.sh': 'x' })), ['run.sh'], '/r');
    const b = selectFromContext(snapshotContext(ctx({ 'run.sh': 'x' }, { 'run.sh': 0o755 })), ['run.sh'], '/r');
    expect(a.digest).not.toBe(b.digest);
  });
  it('a directory copy sees added and deleted files but not files outside it', () => {
    const base = { 'cmd/a.go': 'a', 'docs/n.md': 'n' };
    const d0 = selectFromContext(snapshotContext(ctx(base)), ['cmd/'], '/app/cmd/').digest;
    expect(selectFromContext(snapshotContext(ctx({ ...base, 'docs/n.md': 'n2' })), ['cmd/'], '/app/cmd/').digest).toBe(d0);
    expect(selectFromContext(snapshotContext(ctx({ ...base, 'cmd/b.go': 'b' })), ['cmd/'], '/app/cmd/').digest).not.toBe(d0);
  });
  it('a wildcard with no match is tolerated and a later match changes the key', () => {
    const none = selectFromContext(snapshotContext(ctx({ 'go.mod': 'm' })), ['go.mod', 'go.sum*'], '/app/');
    const one = selectFromContext(snapshotContext(ctx({ 'go.mod': 'm', 'go.sum': 's' })), ['go.mod', 'go.sum*'], '/app/');
    expect(none.missing).toEqual([]);
    expect(none.digest).not.toBe(one.digest);
  });
  it('reports a missing non-wildcard source', () => {
    expect(selectFromContext(snapshotContext(ctx({})), ['nope.txt'], '/x').missing).toEqual(['nope.txt']);
  });
  it('follows a selected symlink but hashes links inside a copied directory as links', () => {
    const s1 = snapshotContext(ctx({ 'real/a.txt': 'A', 'real/b.txt': 'B' }, {}, { 'cur.txt': 'real/a.txt', 'dir/l': 'a' }));
    const s2 = snapshotContext(ctx({ 'real/a.txt': 'A', 'real/b.txt': 'B' }, {}, { 'cur.txt': 'real/b.txt', 'dir/l': 'b' }));
    expect(selectFromContext(s1, ['cur.txt'], '/c').digest).not.toBe(selectFromContext(s2, ['cur.txt'], '/c').digest);
    expect(selectFromContext(s1, ['dir'], '/d/').digest).not.toBe(selectFromContext(s2, ['dir'], '/d/').digest);
  });
  it('applies .dockerignore before hashing', () => {
    const a = snapshotContext(ctx({ '.dockerignore': '*.md', 'README.md': '1', 'main.go': 'm' }));
    const b = snapshotContext(ctx({ '.dockerignore': '*.md', 'README.md': '2', 'main.go': 'm' }));
    expect(selectFromContext(a, ['.'], '/app/').digest).toBe(selectFromContext(b, ['.'], '/app/').digest);
  });
  it('COPY --exclude leaves excluded files out of the checksum', () => {
    const a = snapshotContext(ctx({ 'README.md': '1', 'main.go': 'm', 'docs/x.txt': 'x' }));
    const b = snapshotContext(ctx({ 'README.md': '2', 'main.go': 'm', 'docs/x.txt': 'y' }));
    const c = snapshotContext(ctx({ 'README.md': '2', 'main.go': 'm2', 'docs/x.txt': 'y' }));
    const opts = { chmod: undefined, owner: '', exclude: ['*.md', 'docs'] };
    expect(selectFromContext(a, ['.'], '/app/', opts).digest).toBe(selectFromContext(b, ['.'], '/app/', opts).digest);
    expect(selectFromContext(b, ['.'], '/app/', opts).digest).not.toBe(selectFromContext(c, ['.'], '/app/', opts).digest);
    expect([...selectFromContext(a, ['.'], '/app/', opts).placed.keys()]).toEqual(['/app/main.go']);
  });
});

describe('symlinks in selected paths', () => {
  it('follows a symlinked directory in the middle of a source path', () => {
    const s = snapshotContext(ctx({ 'real/f.txt': 'F' }, {}, { link: 'real' }));
    const sel = selectFromContext(s, ['link/f.txt'], '/x');
    expect(sel.missing).toEqual([]);
    expect(sel.digest).toBe(selectFromContext(s, ['real/f.txt'], '/x').digest);
  });
  it('a dangling selected symlink is missing', () => {
    expect(selectFromContext(snapshotContext(ctx({}, {}, { l: 'nowhere' })), ['l'], '/x').missing).toEqual(['l']);
  });
  it('pointing a followed link at another file with the same bytes keeps the checksum', () => {
    const a = snapshotContext(ctx({ 'a.txt': 'same', 'b.txt': 'same' }, {}, { cur: 'a.txt' }));
    const b = snapshotContext(ctx({ 'a.txt': 'same', 'b.txt': 'same' }, {}, { cur: 'b.txt' }));
    expect(selectFromContext(a, ['cur'], '/c').digest).toBe(selectFromContext(b, ['cur'], '/c').digest);
  });
});

describe('incremental snapshots', () => {
  it('reuse selections only when nothing below them changed, and never across a symlink change', async () => {
    const { cachedSelect } = await import('../../src/core/cache/selection.ts');
    const files0 = ctx({ 'real/f.txt': 'F', 'other/g.txt': 'G', 'alt/f.txt': 'H' }, {}, { link: 'real' });
    const s0 = snapshotContext(files0);
    const a0 = cachedSelect(s0, ['link/f.txt'], '/x');
    const files1 = new Map(files0);
    files1.set('other/g.txt', { kind: 'file', path: 'other/g.txt', content: 'G2', mode: 0o644 });
    const s1 = snapshotContext(files1, undefined, '.dockerignore', s0);
    expect(s1.changed).toEqual(new Set(['other/g.txt']));
    expect(cachedSelect(s1, ['link/f.txt'], '/x')).toBe(a0);
    const files2 = new Map(files1);
    files2.set('link', { kind: 'symlink', path: 'link', target: 'alt' });
    const s2 = snapshotContext(files2, undefined, '.dockerignore', s1);
    expect(cachedSelect(s2, ['link/f.txt'], '/x').digest).not.toBe(a0.digest);
  });
});
