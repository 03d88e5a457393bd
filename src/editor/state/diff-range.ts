/** The lines of a file that changed since a build: what the editor highlights as a verdict's cause. */
import type { LspRange } from '../../core/language/types.ts';

/** The range from the first to the last changed line of `after` (null when equal; whole file when new). */
export function changedLines(before: string | undefined, after: string): LspRange | null {
  if (before === after) return null;
  const a = (before ?? '').split('\n');
  const b = after.split('\n');
  if (before === undefined) return { start: { line: 0, character: 0 }, end: { line: Math.max(0, b.length - 1), character: 0 } };
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const last = Math.max(head, b.length - 1 - tail);
  return { start: { line: Math.min(head, b.length - 1), character: 0 }, end: { line: Math.min(last, b.length - 1), character: 0 } };
}
