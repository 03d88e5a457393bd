// Parser fast paths held to BuildKit's definitions: the continuation regexp and JSON parsing of exec-form arguments.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continuationCut } from '../../src/core/syntax/parser.ts';
import { parseJsonArgs } from '../../src/core/syntax/json-args.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { goLower } from '../../src/core/syntax/go-text.ts';

const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
const RUNS = { numRuns: 3000 };

describe('parser fast paths', () => {
  it('continuationCut is trimContinuationCharacter: ([^E])E[ \\t]*$|^E[ \\t]*$ replaced by $1', () => {
    for (const escape of ['\\', '`']) {
      const e = escape === '\\' ? '\\\\' : '`';
      const pattern = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
      fc.assert(fc.property(textOf(['a', ' ', '\t', '\\', '`', 'RUN x', '\\\\']), (s) => {
        const continues = pattern.test(s);
        const cut = continuationCut(s, escape);
        expect(cut >= 0).toBe(continues);
        if (continues) expect(s.slice(0, cut)).toBe(s.replace(pattern, '$1'));
      }), RUNS);
    }
  });

  it('parseJsonArgs takes exactly what JSON.parse reads as an array', () => {
    const isArray = (s: string) => {
      try {
        return Array.isArray(JSON.parse(s));
      } catch {
        return false;
      }
    };
    fc.assert(fc.property(textOf(['"a"', ',', ' ', ']', '[', '1', '\n', '\t', 'x', '"', '\\', '{}', '\u00a0']), (tail) => {
      const s = '[' + tail;
      expect(parseJsonArgs(s).kind !== 'not-json').toBe(isArray(s));
    }), RUNS);
    expect(parseJsonArgs('[ -f x ] && echo yes').kind).toBe('not-json');
    expect(parseJsonArgs('["a", "b"] \n').kind).toBe('json');
  });

  it('keywords are lower-cased as Go does, known ones in any ASCII casing and others too', () => {
    const keywordOf = (line: string) => parseDockerfile(`FROM x\n${line} a b\n`).instructions[1]!.keyword;
    expect(keywordOf('wOrKdIr')).toBe('workdir');
    expect(keywordOf('HEALTHCHECK')).toBe('healthcheck');
    // Go lower-cases the Kelvin sign to k, so BuildKit reads this as WORKDIR.
    expect(keywordOf('WOR\u212ADIR')).toBe('workdir');
    expect(keywordOf('FOO')).toBe('foo');
    fc.assert(fc.property(textOf(['R', 'u', 'N', 'a', 'D', 'd', 'C', 'o', 'p', 'Y', '\u212A', 'İ', 'é']), (word) => {
      fc.pre(word.length > 0);
      expect(keywordOf(word)).toBe(goLower(word));
    }), RUNS);
  });
});
