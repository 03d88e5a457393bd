/** Physical lines of the text (BuildKit's scanLines) and the map from a joined logical line back to them. */
import type { Position, Range } from './types.ts';

/** One physical line: `raw` keeps its line ending, `text` is BuildKit's trimNewline of it. */
export class PhysicalLine {
  readonly index: number;
  /** Character where `raw` starts in the line (1 after a stripped byte-order mark). */
  readonly column: number;
  readonly text: string;
  /** The UTF-8 length of `raw` without its final newline reaches bufio's token limit (MAX_LINE_BYTES). */
  readonly tooLong: boolean;
  readonly #source: string;
  readonly #start: number;
  readonly #end: number;

  constructor(index: number, column: number, text: string, tooLong: boolean, source: string, start: number, end: number) {
    this.index = index;
    this.column = column;
    this.text = text;
    this.tooLong = tooLong;
    this.#source = source;
    this.#start = start;
    this.#end = end;
  }

  /** The line with its ending, cut from the source only when asked (heredoc bodies keep their line endings). */
  get raw(): string {
    return this.#source.slice(this.#start, this.#end);
  }
}

/** bufio.MaxScanTokenSize: a line this long (or longer, without its newline) stops the scanner. */
export const MAX_LINE_BYTES = 64 * 1024;

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/** Whether `text[start, end)` plus `extra` bytes is at least MAX_LINE_BYTES long in UTF-8 (counted only when it can be). */
function reachesLimit(text: string, start: number, end: number, extra: number): boolean {
  if ((end - start) * 3 + extra < MAX_LINE_BYTES) return false;
  return utf8Length(text.slice(start, end)) + extra >= MAX_LINE_BYTES;
}

/** Splits text like bufio.Scanner with scanLines (endings kept); strips a leading BOM from line 0. */
export function scanLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const column = lines.length === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const start = pos + column;
    // trimNewline of the raw line, cut straight from the source.
    let textEnd = end;
    while (textEnd > start && (text.charCodeAt(textEnd - 1) === 0x0a || text.charCodeAt(textEnd - 1) === 0x0d)) textEnd -= 1;
    const tooLong = reachesLimit(text, start, nl < 0 ? end : nl, column * 3);
    lines.push(new PhysicalLine(lines.length, column, text.slice(start, textEnd), tooLong, text, start, end));
    pos = end;
  }
  return lines;
}

/** A slice of one physical line that became part of a logical line. */
export interface Segment {
  readonly logicalStart: number;
  readonly line: number;
  readonly character: number;
  readonly length: number;
}

/** Maps offsets in a joined logical line back to text positions. */
export interface LineMap {
  readonly segments: readonly Segment[];
  /** Where the logical line sits when it is empty. */
  readonly fallback: Position;
}

/** The position of a logical offset; `atEnd` prefers the end of the previous segment on a boundary. */
export function positionAt(map: LineMap, offset: number, atEnd = false): Position {
  const segs = map.segments;
  let chosen: Segment | undefined;
  for (const seg of segs) {
    const inside = atEnd
      ? offset > seg.logicalStart && offset <= seg.logicalStart + seg.length
      : offset >= seg.logicalStart && offset < seg.logicalStart + seg.length;
    if (inside) {
      chosen = seg;
      break;
    }
    if (seg.logicalStart <= offset) chosen = seg;
  }
  if (!chosen) return map.fallback;
  const within = Math.max(0, Math.min(offset - chosen.logicalStart, chosen.length));
  return { line: chosen.line, character: chosen.character + within };
}

/** The range of logical offsets [start, end). */
export function rangeAt(map: LineMap, start: number, end: number): Range {
  const from = positionAt(map, start);
  if (end <= start) return { start: from, end: from };
  return { start: from, end: positionAt(map, end, true) };
}

/** A position-based range on one physical line. */
export function lineRange(line: PhysicalLine, startChar: number, endChar: number): Range {
  return {
    start: { line: line.index, character: line.column + startChar },
    end: { line: line.index, character: line.column + endChar },
  };
}
