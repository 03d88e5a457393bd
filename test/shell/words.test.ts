import { describe, expect, it } from 'vitest';
import { envFromRecord, envFromSlice, processWords } from '../../src/core/shell/index.ts';
import type { LexOptions } from '../../src/core/shell/index.ts';
import { backtickWordsRows, optionWordsRows, wordsRows } from './words-cases.ts';
import type { WordsRow } from './words-cases.ts';

function check([word, env, expected]: WordsRow, options: LexOptions): void {
  const result = processWords(word, envFromRecord(env), options);
  if (Array.isArray(expected)) {
    expect(result).toEqual({ ok: true, words: expected });
    return;
  }
  expect(result).toMatchObject({ ok: false, detail: (expected as { error: string }).error });
}

describe('processWords tables', () => {
  it.each(wordsRows.map((row) => [JSON.stringify(row[0]), row] as const))('%s', (_label, row) => check(row, {}));
  it.each(backtickWordsRows.map((row) => [`backtick ${JSON.stringify(row[0])}`, row] as const))('%s', (_label, row) =>
    check(row, { escapeToken: '`' }),
  );
  it.each(optionWordsRows.map(([options, ...row]) => [`${JSON.stringify(options)} ${JSON.stringify(row[0])}`, options, row] as const))(
    '%s',
    (_label, options, row) => check(row, options),
  );
});

describe('envFromSlice', () => {
  it('takes the last duplicate and treats NAME alone as set and empty', () => {
    const env = envFromSlice(['A=1', 'B', 'A=2=3']);
    expect(env.get('A')).toBe('2=3');
    expect(env.get('B')).toBe('');
    expect(env.get('C')).toBeUndefined();
    expect(env.keys()).toEqual(['A', 'B', 'A']);
    expect(processWords('$A ${B:-b}', env)).toEqual({ ok: true, words: ['2=3', 'b'] });
  });
});
