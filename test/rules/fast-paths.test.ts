// The hand-written scanners on the checker's hot paths, each held to the pattern or library call it stands for.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mentionsGo } from '../../src/core/rules/model/go.ts';
import { referencedVars } from '../../src/core/rules/model/expand.ts';
import { shellCommands } from '../../src/core/rules/model/instr.ts';
import { isLowerAscii, lowerCase } from '../../src/core/lower-case.ts';
import { EMPTY_LIST, objectKindList } from '../../src/core/empty-list.ts';

/** Strings made of the pieces that matter to a scanner, so that its edge cases come up often. */
const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));

const RUNS = { numRuns: 3000 };

describe('checker fast paths', () => {
  it('mentionsGo is /\\bgo\\b|xx-go/', () => {
    fc.assert(fc.property(textOf(['go', 'xx-go', 'x', '-', ' ', '_', '1', 'g', 'o', '/', 'é', 'G', '\n']), (s) => {
      expect(mentionsGo(s)).toBe(/\bgo\b|xx-go/.test(s));
    }), RUNS);
  });

  it('referencedVars finds what the $NAME / ${NAME pattern finds', () => {
    const pattern = (s: string) => [...s.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => (m[1] ?? m[2])!);
    fc.assert(fc.property(textOf(['$', '{', '}', 'A', 'b', '_', '1', ' ', '$$', '${', 'é', ':', '-']), (s) => {
      expect(referencedVars(s)).toEqual(pattern(s));
    }), RUNS);
  });

  it('shellCommands splits on ; && || | and newlines, outside quotes', () => {
    expect(shellCommands('a && b || c | d; e\nf & g')).toEqual(['a', 'b', 'c', 'd', 'e', 'f & g']);
    expect(shellCommands(`echo "a;b" 'c|d' && x`)).toEqual([`echo "a;b" 'c|d'`, 'x']);
    expect(shellCommands(`echo "unclosed ; x`)).toEqual([`echo "unclosed ; x`]);
    // Every command is trimmed and none is empty; joined back they hold every character outside the separators.
    fc.assert(fc.property(textOf(['a', ' ', ';', '&', '&&', '|', '||', '\n', '"', "'", 'x y']), (s) => {
      for (const c of shellCommands(s)) expect(c).toBe(c.trim());
      expect(shellCommands(s).every((c) => c.length > 0)).toBe(true);
    }), RUNS);
  });

  it('lowerCase is toLowerCase, and skips it only for ASCII text without capitals', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
      expect(lowerCase(s)).toBe(s.toLowerCase());
      if (isLowerAscii(s)) expect(s.toLowerCase()).toBe(s);
    }), RUNS);
  });

  it('the shared empty list is empty and has the object elements kind', () => {
    expect(EMPTY_LIST).toEqual([]);
    const list = objectKindList<string>();
    list.push('a');
    expect(list).toEqual(['a']);
  });
});
