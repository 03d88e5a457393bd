import { describe, expect, it } from 'vitest';
import { changedLines } from '../../src/editor/state/diff-range.ts';

const r = (a: number, b: number) => ({ start: { line: a, character: 0 }, end: { line: b, character: 0 } });

describe('changedLines', () => {
  it('finds an inserted line', () => {
    expect(changedLines('a\nb\nc\n', 'a\nb\nX\nc\n')).toEqual(r(2, 2));
  });
  it('finds an edited block and a deletion point', () => {
    expect(changedLines('a\nb\nc\nd', 'a\nB\nC\nd')).toEqual(r(1, 2));
    expect(changedLines('a\nb\nc', 'a\nc')).toEqual(r(1, 1));
  });
  it('is null for equal text and the whole file for a new one', () => {
    expect(changedLines('a', 'a')).toBeNull();
    expect(changedLines(undefined, 'a\nb')).toEqual(r(0, 1));
  });
});
