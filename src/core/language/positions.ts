/** Position helpers over LSP ranges. */
import type { LspPosition, LspRange } from './types.ts';

/** -1, 0 or 1 as `a` is before, at or after `b`. */
export function comparePositions(a: LspPosition, b: LspPosition): number {
  if (a.line !== b.line) return a.line < b.line ? -1 : 1;
  if (a.character !== b.character) return a.character < b.character ? -1 : 1;
  return 0;
}

/** True when `pos` lies inside `range` (the end counts, so a cursor just after a word is in it). */
export function rangeContains(range: LspRange, pos: LspPosition): boolean {
  return comparePositions(range.start, pos) <= 0 && comparePositions(pos, range.end) <= 0;
}

/** True when two ranges share at least one position. */
export function rangesTouch(a: LspRange, b: LspRange): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** The text of one 0-based line. */
export function lineAt(text: string, line: number): string {
  return text.split(/\r?\n/)[line] ?? '';
}
