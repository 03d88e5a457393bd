import { describe, expect, it } from 'vitest';
import { createContext, explainIgnore, ignoreRulesFrom, NO_IGNORE, readIgnoreFile, transferContext } from '../../src/core/context/index.ts';

// .dockerignore text | context path (a file) | kept out of the context?
const rows: readonly (readonly [string, string, boolean])[] = [
  ['*.md', 'README.md', true],
  ['*.md', 'docs/README.md', false],
  ['**/*.md', 'docs/README.md', true],
  ['**/*.md', 'README.md', true],
  ['docs', 'docs/guide.txt', true],
  ['docs/', 'docs/guide.txt', true],
  ['/docs', 'docs/guide.txt', true],
  ['docs', 'src/docs/x.txt', false],
  ['docs', 'docs.txt', false],
  ['*', 'main.go', true],
  ['*', 'a/b/c.txt', true],
  ['*\n!main.go', 'main.go', false],
  ['*\n!main.go', 'go.mod', true],
  ['!main.go\n*', 'main.go', true],
  ['*.go\n!main.go', 'main.go', false],
  ['*.go\n!main.go', 'util.go', true],
  ['foo # comment', 'foo', false],
  ['foo # comment', 'foo # comment', true],
  ['# comment', '# comment', false],
  [' # comment', '# comment', true],
  ['  README.md  ', 'README.md', true],
  ['\tREADME.md', 'README.md', true],
  ['README.md\r\nmain.go\r\n', 'README.md', true],
  ['README.md\r\nmain.go\r\n', 'main.go', true],
  ['./README.md', 'README.md', true],
  ['a/../README.md', 'README.md', true],
  ['docs/*.txt', 'docs/a.txt', true],
  ['docs/*.txt', 'docs/sub/a.txt', false],
  ['docs/**/*.txt', 'docs/sub/a.txt', true],
  ['docs/**/*.txt', 'docs/a.txt', true],
  ['docs/**', 'docs/a.txt', true],
  ['docs/**', 'docs', false],
  ['docs**', 'docsite/x.txt', true],
  ['**', 'anything/deep/x.txt', true],
  ['**/', 'x.txt', true],
  ['?.go', 'a.go', true],
  ['?.go', 'ab.go', false],
  ['?.txt', 'é.txt', true],
  ['[ab].go', 'a.go', true],
  ['[ab].go', 'c.go', false],
  ['[^ab].go', 'c.go', true],
  ['[^ab].go', 'a.go', false],
  ['[a-c].go', 'b.go', true],
  ['[a-c].go', 'd.go', false],
  ['\\*.go', '*.go', true],
  ['\\*.go', 'a.go', false],
  ['node_modules', 'node_modules/pkg/index.js', true],
  ['**/node_modules', 'web/node_modules/x.js', true],
  ['**/node_modules', 'node_modules/x.js', true],
  ['**/node_modules', 'web/node_modules_old/x.js', false],
  ['.git', '.git/HEAD', true],
  ['.git', 'sub/.git/HEAD', false],
  ['**/.git', 'sub/.git/config', true],
  ['*/temp*', 'somedir/temporary.txt', true],
  ['*/temp*', 'temporary.txt', false],
  ['*/*/temp*', 'somedir/subdir/temporary.txt', true],
  ['temp?', 'tempa', true],
  ['temp?', 'temp/x.txt', false],
  ['*.md\n!README.md', 'README.md', false],
  ['*.md\n!README*.md\nREADME-secret.md', 'README-secret.md', true],
  ['*.md\n!README*.md\nREADME-secret.md', 'README-public.md', false],
  ['*.md\n!README*.md\nREADME-secret.md', 'CHANGES.md', true],
  ['docs\n!docs/keep.txt', 'docs/keep.txt', false],
  ['docs\n!docs/keep.txt', 'docs/other.txt', true],
  ['docs\n!keep.txt', 'docs/keep.txt', true],
  ['docs\n!**/keep.txt', 'docs/keep.txt', false],
  ['docs\n!**/keep.txt', 'docs/drop.txt', true],
  ['*\n!src', 'src/main.go', false],
  ['*\n!src', 'other.txt', true],
  ['*\n!src\nsrc/*.test', 'src/a.test', true],
  ['*\n!src\nsrc/*.test', 'src/a.go', false],
  ['/', 'a.txt', false],
  ['.', 'a.txt', false],
  ['..', 'a.txt', false],
  ['*/', 'a/b.txt', true],
  ['a/b/c', 'a/b/c/d.txt', true],
  ['a/b/c', 'a/b/x.txt', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/x/b', false],
  ['**/b', 'a/x/b', true],
  ['**/b', 'b', true],
  ['**b', 'ab', true],
  ['**b', 'a/cb', true],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['a/**/b', 'ab', false],
  ['a/**', 'a/x', true],
  ['a/**', 'a', false],
  ['*.txt\n!important.txt', 'important.txt', false],
  ['*.txt\n!important.txt', 'notes.txt', true],
  ['Dockerfile', 'Dockerfile', true],
  ['.dockerignore', '.dockerignore', true],
  ['*.MD', 'README.md', false],
  ['a b', 'a b', true],
  ['docs/', 'docs', true],
  ['!README.md', 'README.md', false],
  ['**/*.go\n!cmd/**', 'cmd/main.go', false],
  ['**/*.go\n!cmd/**', 'internal/x.go', true],
  ['vendor\n!vendor/modules.txt', 'vendor/modules.txt', false],
  ['vendor\n!vendor/modules.txt', 'vendor/github.com/x/y.go', true],
  ['*.log', 'logs/a.log', false],
  ['logs/*.log', 'logs/a.log', true],
  ['[*]', '*', false],
  ['[*]', ']', true],
  ['a\\.txt', 'a.txt', true],
  ['a\\bc', 'abc', false],
  ['a$b', 'a$b', true],
  ['a.b', 'a.b', true],
  ['a.b', 'axb', false],
  ['a+', 'a+', true],
  ['a+', 'aa', false],
  ['(x)', '(x)', true],
  ['bin/', 'bin/app', true],
  ['bin/', 'cmd/bin/app', false],
  ['*\n  !  main.go', 'main.go', false],
  ['*\n!/main.go', 'main.go', false],
  ['/*.go', 'main.go', true],
  ['/*.go', 'cmd/main.go', false],
  ['a/b\n!a', 'a/b/c.txt', true],
  ['a/b\n!a', 'a/x.txt', false],
  ['\uFEFF*.md', 'README.md', true],
  ['ré*', 'résumé.txt', true],
  ['#*.md\n*.txt', 'README.md', false],
  ['#*.md\n*.txt', 'a.txt', true],
  ['\n\n   \n*.md\n\n', 'README.md', true],
  ['**/*.md\n!docs/**', 'docs/x.md', false],
  ['**/*.md\n!docs/**', 'notes/x.md', true],
  ['docs/*\n!docs/keep', 'docs/keep', false],
  ['docs/*\n!docs/keep', 'docs/drop', true],
  ['*/*.go', 'cmd/main.go', true],
  ['*/*.go', 'cmd/server/main.go', false],
];

describe('.dockerignore matching (ignorefile.ReadAll + patternmatcher + fsutil walk)', () => {
  it('has 100+ rows', () => expect(rows.length).toBeGreaterThanOrEqual(100));
  for (const [ignore, path, ignored] of rows) {
    it(`${JSON.stringify(ignore)} | ${path} | ${ignored ? 'ignored' : 'sent'}`, () => {
      const ctx = createContext({ [path]: 'x\n', other: 'y\n' });
      const rules = ignoreRulesFrom(readIgnoreFile(ignore), '.dockerignore');
      expect(rules.error).toBeUndefined();
      const sent = transferContext(ctx, { ignore: rules });
      if (!sent.ok) throw new Error(sent.error);
      expect(!sent.entries.has(path)).toBe(ignored);
      expect(explainIgnore(rules, path).ignored).toBe(ignored);
    });
  }
});

describe('malformed patterns fail the transfer like BuildKit', () => {
  for (const bad of ['!', '[', 'a[b', '[]a]', '[a-]', 'foo\\']) {
    it(JSON.stringify(bad), () => {
      const rules = ignoreRulesFrom(readIgnoreFile(bad), '.dockerignore');
      expect(rules.error).toBeDefined();
      expect(transferContext(createContext({ a: '' }), { ignore: rules }).ok).toBe(false);
    });
  }
  it('no patterns send everything', () => {
    const t = transferContext(createContext({ 'a/b': '', c: '' }), { ignore: NO_IGNORE });
    expect(t.ok && [...t.entries.keys()]).toEqual(['a', 'a/b', 'c']);
  });
});
