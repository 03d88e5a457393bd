/**
 * Runs compiled shell patterns with the leftmost-first semantics of Go's regexp (what BuildKit compiles
 * patterns to): `?` and `*` never match a newline, `*` is `.*` (greedy) or `.*?` (shortest first).
 */
import type { PatternToken } from './pattern.ts';

const NEWLINE = 0x0a;

/** Where a match ends when it starts at `start`, or -1; failures are memoised so the search stays polynomial. */
export function matchAt(
  tokens: readonly PatternToken[],
  text: readonly number[],
  start: number,
  greedy: boolean,
  failed: Set<number> = new Set<number>(),
): number {
  const width = tokens.length + 1;
  const run = (ti: number, pos: number): number => {
    for (;;) {
      const tok = tokens[ti];
      if (tok === undefined) return pos;
      if (tok.kind === 'star') break;
      const ch = text[pos];
      if (ch === undefined || (tok.kind === 'literal' ? ch !== tok.rune : ch === NEWLINE)) return -1;
      ti++;
      pos++;
    }
    const key = pos * width + ti;
    if (failed.has(key)) return -1;
    let max = pos;
    while (max < text.length && text[max] !== NEWLINE) max++;
    for (let i = 0; i <= max - pos; i++) {
      const end = run(ti + 1, greedy ? max - i : pos + i);
      if (end >= 0) return end;
    }
    failed.add(key);
    return -1;
  };
  return run(0, start);
}

/** FindStringIndex of an unanchored pattern: the leftmost start that matches, and its end. */
export function findFrom(tokens: readonly PatternToken[], text: readonly number[], from: number, greedy: boolean): readonly [number, number] | undefined {
  const failed = new Set<number>();
  for (let start = from; start <= text.length; start++) {
    const end = matchAt(tokens, text, start, greedy, failed);
    if (end >= 0) return [start, end];
  }
  return undefined;
}
