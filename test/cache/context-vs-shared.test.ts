import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modernEngine, v08Engine } from '../../src/core/engines/index.ts';
import { createContext, digestSelection, ignoreRulesFrom, readIgnoreFile, selectSources, snapshotOf } from '../../src/core/context/index.ts';
import { snapshotContext, type ContextEntry } from '../../src/core/cache/context.ts';
import { selectFromContext } from '../../src/core/cache/selection.ts';

// The simulator keeps an incremental snapshot and selection cache over src/core/context; this holds its change detection against the shared
// context model (src/core/context): a COPY source checksum changes in one exactly when it changes in the other.
type Files = Record<string, string>;
type Links = Record<string, string>;

const SOURCES: readonly (readonly string[])[] = [['.'], ['src/'], ['*.txt'], ['a.txt', 'b.txt'], ['src/x.go'], ['cur'], ['src/*.go']];

function mine(files: Files, modes: Record<string, number>, links: Links, ignore: string, sources: readonly string[], emptied: boolean): string | undefined {
  const m = new Map<string, ContextEntry>(Object.entries(files).map(([p, c]) => [p, { kind: 'file', content: c, mode: modes[p] ?? 0o644 }]));
  for (const [p, t] of Object.entries(links)) m.set(p, { kind: 'symlink', target: t });
  if (ignore !== '') m.set('.dockerignore', { kind: 'file', content: ignore, mode: 0o644 });
  const sel = selectFromContext(snapshotContext(m, new Map(), new Map(), '.dockerignore', undefined, emptied), sources, '/dst/');
  return sel.missing.length > 0 ? undefined : sel.digest;
}

function shared(files: Files, modes: Record<string, number>, links: Links, ignore: string, sources: readonly string[], emptied: boolean): string | undefined {
  const all = ignore === '' ? files : { ...files, '.dockerignore': ignore };
  const ctx = createContext(all, Object.fromEntries(Object.entries(modes).map(([p, m]) => [p, m])), links);
  const snap = snapshotOf(ctx, ignoreRulesFrom(readIgnoreFile(ignore), '.dockerignore'), undefined, undefined, emptied);
  if ('error' in snap) return undefined;
  if (selectSources(snap, sources).some((s) => s.status === 'not-found' || s.status === 'error')) return undefined;
  const d = digestSelection(snap, sources);
  return d.ok ? d.digest : undefined;
}

const path = fc.constantFrom('a.txt', 'b.txt', 'c.md', 'src/x.go', 'src/y.go', 'src/sub/z.go', 'docs/n.md');
const files = fc.dictionary(path, fc.constantFrom('1', '2', 'same', ''), { minKeys: 2 });
const modes = fc.dictionary(path, fc.constantFrom(0o644, 0o755));
const links = fc.dictionary(fc.constantFrom('cur', 'src/l'), fc.constantFrom('a.txt', 'b.txt', 'src', 'nowhere'), { maxKeys: 2 });
const ignore = fc.constantFrom('', '*.md', 'src/sub', 'docs/\n!docs/n.md', 'b.txt');

describe('context change detection agrees with src/core/context', () => {
  it('a source checksum changes (or fails) in both models or in neither', () => {
    fc.assert(
      fc.property(files, modes, links, ignore, files, modes, links, ignore, fc.constantFrom(...SOURCES), fc.constantFrom(v08Engine, modernEngine), (f1, m1, l1, i1, f2, m2, l2, i2, sources, engine) => {
        const emptied = engine.transferSendsEmptiedDirs;
        m1 = Object.fromEntries(Object.entries(m1).filter(([p]) => p in f1));
        m2 = Object.fromEntries(Object.entries(m2).filter(([p]) => p in f2));
        const a1 = mine(f1, m1, l1, i1, sources, emptied);
        const a2 = mine(f2, m2, l2, i2, sources, emptied);
        const b1 = shared(f1, m1, l1, i1, sources, emptied);
        const b2 = shared(f2, m2, l2, i2, sources, emptied);
        // Failures agree too, a wildcard under a missing directory included (lstat, recorded in copy-wildcard-ignored-dir).
        expect(a1 === undefined).toBe(b1 === undefined);
        if (a1 !== undefined && a2 !== undefined && b1 !== undefined && b2 !== undefined) expect(a1 === a2).toBe(b1 === b2);
      }),
      { numRuns: 400 },
    );
  });
});
