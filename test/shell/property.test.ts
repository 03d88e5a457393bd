import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envFromRecord, processWord, processWords } from '../../src/core/shell/index.ts';

const env = envFromRecord({ A: 'a b', E: '', S: 'x*y?z', N: 'l1\nl2' });
const escapes = fc.constantFrom<'\\' | '`'>('\\', '`');
const shellish = fc.string({
  unit: fc.constantFrom('$', '{', '}', ':', '-', '+', '?', '#', '%', '/', '\\', '`', "'", '"', ' ', '*', '<', 'A', 'E', 'S', 'N', 'a', '1', '@', '\n', 'é'),
  maxLength: 24,
});
const isPlain = (ch: string): boolean => !'$\'"\\`<'.includes(ch) && ch !== '\ufeff';
const plain = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'Z', '9', ' ', '\t', '{', '}', ':', '#', '%', '/', '*', '?', '-', '=', 'é', '한', '🚀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 30 })
  .filter((word) => [...word].every(isPlain));

describe('shell lexer properties', () => {
  it('never throws, whatever the word and options', () => {
    fc.assert(
      fc.property(fc.oneof(shellish, fc.string({ unit: 'binary' })), escapes, fc.boolean(), fc.boolean(), (word, escapeToken, rawQuotes, skipUnsetEnv) => {
        const options = { escapeToken, rawQuotes, skipUnsetEnv };
        const one = processWord(word, env, options);
        const many = processWords(word, env, options);
        expect(typeof one.ok).toBe('boolean');
        expect(many.ok).toBe(one.ok);
      }),
      { numRuns: 2000 },
    );
  });
  it('leaves a word without $, quotes, escapes or << unchanged', () => {
    fc.assert(
      fc.property(plain, escapes, (word, escapeToken) => {
        const result = processWord(word, env, { escapeToken });
        expect(result).toMatchObject({ ok: true, value: word });
      }),
      { numRuns: 1000 },
    );
  });
  it('splits such a word on whitespace only', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9.:=]{1,6}$/), { maxLength: 6 }), (parts) => {
        expect(processWords(parts.join('  '), env)).toEqual({ ok: true, words: parts });
      }),
    );
  });
  it('handles deep nesting and long patterns without throwing', () => {
    const deep = `${'${X:-'.repeat(5000)}v${'}'.repeat(5000)}`;
    const result = processWord(deep, env);
    expect(result.ok === true ? result.value : result.error).toBeTypeOf('string');
    const star = processWord(`\${S//${'*a'.repeat(200)}/x}`, envFromRecord({ S: 'a'.repeat(2000) }));
    expect(star).toMatchObject({ ok: true, value: 'x' });
  });
});
