import { describe, expect, it } from 'vitest';
import { envFromRecord, processWord, processWordWithMatches } from '../../src/core/shell/index.ts';
import type { LexOptions } from '../../src/core/shell/index.ts';

type MatchRow = readonly [word: string, env: Record<string, string>, matched: string[], unmatched: string[], options?: LexOptions];

const rows: readonly MatchRow[] = [
  ['x', { A: '1' }, [], []],
  ['$A ${B}', { A: '1' }, ['A'], ['B']],
  ['${A:-$B}', { A: '1' }, ['A'], ['B']],
  ['${B:-$A}', { A: '1' }, ['A'], ['B']],
  ['$1 $@ ${#}', {}, [], ['1', '@', '#']],
  ["'$A' \\$B", { A: '1' }, [], []],
  ['${A:+x}', { A: '' }, ['A'], []],
  ['$B', {}, [], ['B'], { skipUnsetEnv: true }],
  ['${A#$B}', { A: 'aa', B: 'a' }, ['A', 'B'], []],
  ['${A/$B/$C}', { A: 'aa' }, ['A'], ['B', 'C']],
  ['$a', { A: 'x' }, [], ['a']],
  ['${/a/b}', {}, [], ['']],
  ['"$A" $A ${A}', { A: '1' }, ['A'], []],
  ['${TARGETVARIANT:+-${TARGETVARIANT}}', { TARGETVARIANT: '' }, ['TARGETVARIANT'], []],
];

describe('processWordWithMatches', () => {
  it.each(rows.map((row) => [row[0], row] as const))('%s', (_label, [word, env, matched, unmatched, options]) => {
    const result = processWordWithMatches(word, envFromRecord(env), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.matched].sort()).toEqual([...matched].sort());
    expect([...result.unmatched].sort()).toEqual([...unmatched].sort());
  });
  it('returns the value and the words together', () => {
    expect(processWordWithMatches('a $S', envFromRecord({ S: 'b  c' }))).toEqual({
      ok: true,
      value: 'a b  c',
      words: ['a', 'b', 'c'],
      matched: new Set(['S']),
      unmatched: new Set(),
    });
  });
  it('processWord reports the same names', () => {
    expect(processWord('$A$B', envFromRecord({ A: 'a' }))).toEqual({
      ok: true,
      value: 'a',
      matched: new Set(['A']),
      unmatched: new Set(['B']),
    });
  });
  it('fails without throwing on a modifier error', () => {
    expect(processWordWithMatches('${A:?}', envFromRecord({}))).toMatchObject({ ok: false, detail: 'A: is not allowed to be unset' });
  });
});
