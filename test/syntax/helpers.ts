/** Test helpers for the syntax tree: text offsets of LSP positions and every range in a tree. */
import type { InstructionNode, Position, Range, SyntaxTree } from '../../src/core/syntax/index.ts';

/** Start offset of each line (lines end at \n, as in the parser). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The text offset of a position, or undefined when the position is not inside the text. */
export function offsetAt(text: string, pos: Position): number | undefined {
  const starts = lineStarts(text);
  const start = starts[pos.line];
  if (start === undefined || pos.character < 0) return undefined;
  const next = starts[pos.line + 1];
  const lineEnd = next === undefined ? text.length : next - 1;
  return start + pos.character <= lineEnd ? start + pos.character : undefined;
}

/** The text a range covers, or undefined when it is not inside the text or ends before it starts. */
export function sliceRange(text: string, range: Range): string | undefined {
  const a = offsetAt(text, range.start);
  const b = offsetAt(text, range.end);
  if (a === undefined || b === undefined || b < a) return undefined;
  return text.slice(a, b);
}

function nodeRanges(node: InstructionNode): Range[] {
  return [
    node.range,
    node.keywordWord.range,
    ...node.flags.map((w) => w.range),
    ...node.args.map((w) => w.range),
    ...node.heredocs.map((h) => h.range),
    ...(node.onbuild ? nodeRanges(node.onbuild) : []),
  ];
}

/** Every range the tree holds (nodes, words, heredocs, directives, comments, problems). */
export function allRanges(tree: SyntaxTree): Range[] {
  return [
    ...tree.instructions.flatMap(nodeRanges),
    ...tree.directives.map((d) => d.range),
    ...tree.comments.map((c) => c.range),
    ...tree.problems.flatMap((p) => [p.range, ...(p.related ?? [])]),
  ];
}
