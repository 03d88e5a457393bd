/** Applies every non-overlapping fix of a set of findings, re-checking until stable (ESLint's fix loop). */
import type { Finding, TextEdit } from './types.ts';
import { applyEdits } from './model/text.ts';
import { lineIndex, offsetAt } from './model/text.ts';

/** One pass: applies the fixes whose edits do not overlap an earlier chosen fix. */
export function fixAll(text: string, findings: readonly Finding[]): { readonly text: string; readonly applied: number } {
  const index = lineIndex(text);
  const taken: [number, number][] = [];
  const edits: TextEdit[] = [];
  let applied = 0;
  for (const f of findings) {
    if (!f.fix) continue;
    const spans = f.fix.map((e) => [offsetAt(index, e.range.start), offsetAt(index, e.range.end)] as [number, number]);
    if (spans.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e || (s === e && s >= ts && s <= te)))) continue;
    taken.push(...spans);
    edits.push(...f.fix);
    applied++;
  }
  return { text: applyEdits(text, edits), applied };
}
