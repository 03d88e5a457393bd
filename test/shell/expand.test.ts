import { describe, expect, it } from 'vitest';
import { envFromRecord, processWord, processWordText } from '../../src/core/shell/index.ts';
import type { LexOptions } from '../../src/core/shell/index.ts';
import {
  backtickRows,
  braceRows,
  defaultRows,
  nameRows,
  nestedRows,
  optionRows,
  quoteRows,
  replaceRows,
  trimRows,
} from './expand-cases.ts';
import type { ExpandRow } from './expand-cases.ts';

function check([word, env, expected]: ExpandRow, options: LexOptions): void {
  const result = processWord(word, envFromRecord(env), options);
  const text = processWordText(word, envFromRecord(env), options);
  if (typeof expected === 'string') {
    expect(result).toMatchObject({ ok: true, value: expected });
    expect(text).toBe(expected);
    return;
  }
  expect(text).toMatchObject({ ok: false, detail: expected.error });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.detail).toBe(expected.error);
  expect(result.error.startsWith('failed to process "')).toBe(true);
  expect(result.error.endsWith(`": ${expected.error}`)).toBe(true);
}

const tables: ReadonlyArray<readonly [string, readonly ExpandRow[], LexOptions]> = [
  ['quotes and escapes', quoteRows, {}],
  ['names and special parameters', nameRows, {}],
  ['malformed ${…}', braceRows, {}],
  ['default, alternative and required values', defaultRows, {}],
  ['prefix and suffix trimming', trimRows, {}],
  ['pattern replacement', replaceRows, {}],
  ['nested expansions', nestedRows, {}],
  ['backtick escape token', backtickRows, { escapeToken: '`' }],
];

describe('processWord tables', () => {
  for (const [name, rows, options] of tables) {
    describe(name, () => {
      it.each(rows.map((row) => [JSON.stringify(row[0]), row] as const))('%s', (_label, row) => check(row, options));
    });
  }
  describe('Lex fields', () => {
    it.each(optionRows.map(([options, ...row]) => [`${JSON.stringify(options)} ${JSON.stringify(row[0])}`, options, row] as const))(
      '%s',
      (_label, options, row) => check(row, options),
    );
  });
  it('has a large table', () => {
    const total = tables.reduce((sum, [, rows]) => sum + rows.length, optionRows.length);
    expect(total).toBeGreaterThanOrEqual(150);
  });
});

describe('error messages read like BuildKit', () => {
  it('wraps the cause with the Go-quoted word', () => {
    expect(processWord('he${XXX:?}', envFromRecord({}))).toEqual({
      ok: false,
      error: 'failed to process "he${XXX:?}": XXX: is not allowed to be unset',
      detail: 'XXX: is not allowed to be unset',
    });
  });
  it('quotes control characters the way Go does', () => {
    const result = processWord('a\t"\\\u0001\u00a0é', envFromRecord({}));
    expect(result).toMatchObject({
      ok: false,
      error: 'failed to process "a\\t\\"\\\\\\x01\\u00a0é": unexpected end of statement while looking for matching double-quote',
    });
  });
  it('names the missing stop character of a nested read', () => {
    expect(processWord("${A:-'x}", envFromRecord({}))).toMatchObject({ ok: false, detail: "syntax error: missing '}'" });
  });
});

describe('environment names', () => {
  it('are case-sensitive on Linux', () => {
    expect(processWord('$path|$PATH', envFromRecord({ PATH: '/bin' }))).toMatchObject({ ok: true, value: '|/bin' });
  });
  it('ignore case with a Windows environment', () => {
    expect(processWord('$path|$PATH', envFromRecord({ Path: 'C:\\bin' }, 'windows'))).toMatchObject({
      ok: true,
      value: 'C:\\bin|C:\\bin',
    });
  });
});
