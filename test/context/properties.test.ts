import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  createContext,
  digestSelection,
  explainIgnore,
  ignoreRulesFrom,
  readIgnoreFile,
  snapshotOf,
  transferContext,
  type BuildContext,
  type IgnoreRules,
} from '../../src/core/context/index.ts';

const segment = fc.constantFrom('a', 'b', 'c.md', 'd.go', 'docs', 'x');
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const patternSegment = fc.constantFrom('a', 'b', 'docs', '*', '?', '**', '*.md', '[ab]', 'x');
const pattern = fc
  .tuple(fc.boolean(), fc.array(patternSegment, { minLength: 1, maxLength: 3 }))
  .map(([neg, s]) => (neg ? '!' : '') + s.join('/'));
const ignoreText = fc.array(pattern, { maxLength: 4 }).map((ps) => ps.join('\n'));

/** Files at random paths, skipping any that would sit below another file. */
const files = fc.array(fc.tuple(path, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 }).map((pairs) => {
  const out: Record<string, string> = {};
  for (const [p, c] of pairs) {
    const clash = Object.keys(out).some((q) => q.startsWith(p + '/') || p.startsWith(q + '/'));
    if (!clash) out[p] = c;
  }
  return out;
});

function digestOf(ctx: BuildContext, ignore: IgnoreRules, sources: string[]): string {
  const s = snapshotOf(ctx, ignore);
  if ('error' in s) return 'error:' + s.error;
  const d = digestSelection(s, sources);
  return d.ok ? d.digest : 'failed';
}

describe('context properties', () => {
  it('explainIgnore agrees with the transfer walk on every file', () => {
    fc.assert(
      fc.property(files, ignoreText, (fs, text) => {
        const rules = ignoreRulesFrom(readIgnoreFile(text), '.dockerignore');
        const t = transferContext(createContext(fs), { ignore: rules });
        if (!t.ok) return;
        for (const p of Object.keys(fs)) expect(explainIgnore(rules, p).ignored).toBe(!t.entries.has(p));
      }),
      { numRuns: 300 },
    );
  });

  it('a change to an ignored path never changes any selection digest', () => {
    fc.assert(
      fc.property(files, ignoreText, fc.string({ maxLength: 4 }), (fs, text, newContent) => {
        const rules = ignoreRulesFrom(readIgnoreFile(text), '.dockerignore');
        const ctx = createContext(fs);
        const t = transferContext(ctx, { ignore: rules });
        if (!t.ok) return;
        const sources = ['.', ...new Set(Object.keys(fs).map((p) => p.split('/')[0] as string)), '*', '*/*.md'];
        for (const p of Object.keys(fs).filter((q) => !t.entries.has(q))) {
          const changed = applyChange(ctx, { change: { [p]: newContent + '!' }, modes: { [p]: '0755' } });
          for (const src of sources) expect(digestOf(changed, rules, [src])).toBe(digestOf(ctx, rules, [src]));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a change then its inverse restores every digest', () => {
    fc.assert(
      fc.property(files, fc.nat(), fc.string({ maxLength: 4 }), fc.constantFrom('0644', '0755', '0600'), (fs, pick, content, mode) => {
        const ctx = createContext(fs);
        const keys = Object.keys(fs);
        const p = keys[pick % keys.length] as string;
        const before = ctx.entries.get(p);
        if (before?.kind !== 'file') return;
        const changed = applyChange(ctx, { change: { [p]: content }, modes: { [p]: mode } });
        const restored = applyChange(changed, { change: { [p]: before.content }, modes: { [p]: before.mode.toString(8).padStart(4, '0') } });
        const none = ignoreRulesFrom([], undefined);
        for (const src of ['.', p, p.split('/')[0] as string, '*']) expect(digestOf(restored, none, [src])).toBe(digestOf(ctx, none, [src]));
      }),
      { numRuns: 200 },
    );
  });

  it('a content change to a selected file changes the digest', () => {
    fc.assert(
      fc.property(files, fc.nat(), (fs, pick) => {
        const ctx = createContext(fs);
        const keys = Object.keys(fs);
        const p = keys[pick % keys.length] as string;
        const none = ignoreRulesFrom([], undefined);
        const changed = applyChange(ctx, { change: { [p]: fs[p] + 'more' } });
        for (const src of ['.', p, p.split('/')[0] as string]) expect(digestOf(changed, none, [src])).not.toBe(digestOf(ctx, none, [src]));
      }),
      { numRuns: 200 },
    );
  });
});
