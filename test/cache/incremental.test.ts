import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotContext, type ContextEntry, type ContextSnapshot } from '../../src/core/cache/context.ts';
import { cachedSelect, selectFromContext } from '../../src/core/cache/selection.ts';

// The simulator's incremental cache (patched snapshots, selections reused across builds) must give exactly what a
// fresh snapshot and an uncached selection give, after any sequence of edits.
const SOURCES: readonly (readonly string[])[] = [['.'], ['src/'], ['*.txt'], ['a.txt', 'b.txt'], ['src/x.go'], ['cur'], ['src/*.go'], ['cur/x.go']];
const OPTIONS = [{ chmod: undefined, owner: '' }, { chmod: undefined, owner: '', exclude: ['*.md', 'sub'] }, { chmod: 0o600, owner: '1:1' }] as const;

type Edit = { kind: 'write'; path: string; content: string } | { kind: 'delete'; path: string } | { kind: 'chmod'; path: string } | { kind: 'link'; path: string; target: string };
const path = fc.constantFrom('a.txt', 'b.txt', 'c.md', 'src/x.go', 'src/y.go', 'src/sub/z.go', 'docs/n.md', '.dockerignore');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), path, content: fc.constantFrom('1', '2', 'same', '*.md', 'src/sub') }),
  fc.record({ kind: fc.constant('delete' as const), path }),
  fc.record({ kind: fc.constant('chmod' as const), path }),
  fc.record({ kind: fc.constant('link' as const), path: fc.constantFrom('cur', 'src/l'), target: fc.constantFrom('a.txt', 'src', 'nowhere') }),
);

function apply(ctx: Map<string, ContextEntry>, e: Edit): Map<string, ContextEntry> {
  const next = new Map(ctx);
  const old = next.get(e.path);
  if (e.kind === 'write') next.set(e.path, { kind: 'file', path: e.path, content: e.content, mode: 0o644 });
  else if (e.kind === 'delete') next.delete(e.path);
  else if (e.kind === 'chmod' && old?.kind === 'file') next.set(e.path, { ...old, mode: old.mode === 0o644 ? 0o755 : 0o644 });
  else if (e.kind === 'link') next.set(e.path, { kind: 'symlink', path: e.path, target: e.target });
  return next;
}

describe('incremental context snapshots and selections', () => {
  it('equal a fresh snapshot and an uncached selection after every edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, emptied) => {
        let ctx = new Map<string, ContextEntry>([['a.txt', { kind: 'file', path: 'a.txt', content: '1', mode: 0o644 }]]);
        let snap: ContextSnapshot | undefined;
        for (const e of edits) {
          ctx = apply(ctx, e);
          snap = snapshotContext(ctx, undefined, '.dockerignore', snap, emptied);
          const fresh = snapshotContext(ctx, undefined, '.dockerignore', undefined, emptied);
          expect([...snap.entries]).toEqual([...fresh.entries]);
          for (const sources of SOURCES) {
            for (const options of OPTIONS) expect(cachedSelect(snap, sources, '/dst/', options)).toEqual(selectFromContext(fresh, sources, '/dst/', options));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
