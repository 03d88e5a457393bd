import { describe, expect, it } from 'vitest';
import { createContext, digestSelection, freshSnapshot, selectSources, type SelectionDigest } from '../../src/core/context/index.ts';

// COPY --exclude: ChecksumOpts.ExcludePatterns filter what a selector hashes (BuildKit contenthash includedPaths).
function digestOf(files: Record<string, string>, sources: readonly string[], exclude: readonly string[]): SelectionDigest {
  return digestSelection(freshSnapshot(createContext(files).entries), sources, 'copy', undefined, exclude);
}

function same(a: SelectionDigest, b: SelectionDigest): boolean {
  return a.ok && b.ok && a.digest === b.digest;
}

describe('exclude patterns in content digests', () => {
  const base = { 'main.go': 'm', 'README.md': 'r', 'docs/guide.txt': 'g', 'docs/keep.txt': 'k' };
  it('an excluded file or directory does not change the digest, a kept file does', () => {
    const ex = ['*.md', 'docs'];
    expect(same(digestOf(base, ['.'], ex), digestOf({ ...base, 'README.md': 'r2', 'docs/guide.txt': 'g2' }, ['.'], ex))).toBe(true);
    expect(same(digestOf(base, ['.'], ex), digestOf({ ...base, 'main.go': 'm2' }, ['.'], ex))).toBe(false);
    expect(same(digestOf(base, ['.'], []), digestOf({ ...base, 'README.md': 'r2' }, ['.'], []))).toBe(false);
  });
  it('a `!` exception brings a file inside an excluded directory back', () => {
    const ex = ['docs', '!docs/keep.txt'];
    expect(same(digestOf(base, ['.'], ex), digestOf({ ...base, 'docs/guide.txt': 'g2' }, ['.'], ex))).toBe(true);
    expect(same(digestOf(base, ['.'], ex), digestOf({ ...base, 'docs/keep.txt': 'k2' }, ['.'], ex))).toBe(false);
  });
  it('patterns are relative to the source directory and to each wildcard match', () => {
    expect(same(digestOf(base, ['docs'], ['guide.txt']), digestOf({ ...base, 'docs/guide.txt': 'g2' }, ['docs'], ['guide.txt']))).toBe(true);
    expect(same(digestOf(base, ['d*'], ['guide.txt']), digestOf({ ...base, 'docs/guide.txt': 'g2' }, ['d*'], ['guide.txt']))).toBe(true);
    expect(same(digestOf(base, ['d*'], ['guide.txt']), digestOf({ ...base, 'docs/keep.txt': 'k2' }, ['d*'], ['guide.txt']))).toBe(false);
  });
  it('selectSources lists what a filtered directory source reads, and still reports a missing source', () => {
    const [dir, missing] = selectSources(freshSnapshot(createContext(base).entries), ['.', 'nope'], 'copy', undefined, ['docs']);
    expect(dir?.paths).not.toContain('docs/guide.txt');
    expect(dir?.paths).toContain('main.go');
    expect(missing?.status).toBe('not-found');
  });
  it('an invalid pattern fails the checksum', () => {
    expect(digestOf(base, ['.'], ['[']).ok).toBe(false);
  });
});
