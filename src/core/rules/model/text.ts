/** Range and text helpers for rules: offsets, slices and safe edits. */
import type { Position, Range } from '../../syntax/types.ts';

/** Line-start offsets of a text, for position ↔ offset conversions. */
export interface LineIndex {
  readonly text: string;
  readonly starts: readonly number[];
}

/** Builds a line index. */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return { text, starts };
}

/** Offset of a position (clamped). */
export function offsetAt(index: LineIndex, pos: Position): number {
  const line = Math.max(0, Math.min(pos.line, index.starts.length - 1));
  return Math.min(index.text.length, index.starts[line]! + Math.max(0, pos.character));
}

/** Position of an offset. */
export function positionAt(index: LineIndex, offset: number): Position {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - index.starts[lo]! };
}

/** The source text covered by a range. */
export function textAt(index: LineIndex, range: Range): string {
  return index.text.slice(offsetAt(index, range.start), offsetAt(index, range.end));
}

/** A range covering [start, end) offsets. */
export function rangeOf(index: LineIndex, start: number, end: number): Range {
  return { start: positionAt(index, start), end: positionAt(index, end) };
}

/** The range of the first line of a range (findings on long RUNs mark only their first line). */
export function firstLine(index: LineIndex, range: Range): Range {
  if (range.start.line === range.end.line) return range;
  const lineEnd = (index.starts[range.start.line + 1] ?? index.text.length + 1) - 1;
  const end = index.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return rangeOf(index, offsetAt(index, range.start), end);
}

/** True when a range is non-empty and well-ordered. */
export function isValidRange(range: Range): boolean {
  const { start, end } = range;
  return start.line < end.line || (start.line === end.line && start.character <= end.character);
}

/** Applies non-overlapping edits to a text (later edits first). */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const index = lineIndex(text);
  const sorted = edits
    .map((e) => ({ start: offsetAt(index, e.range.start), end: offsetAt(index, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of sorted) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** `[A-Za-z_]`, and digits too when `digits` (a regexp word character, a shell name character); false for NaN. */
export function isNameChar(c: number, digits: boolean): boolean {
  return c === 0x5f || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (digits && c >= 0x30 && c <= 0x39);
}
