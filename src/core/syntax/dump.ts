// Tracks BuildKit frontend/dockerfile/parser/parser.go (Node.Dump)
/** Prints a syntax tree in BuildKit's Node.Dump() format, the format of its parser tests' `result` files. */
import { goQuote, trimSpaceBounds } from './go-text.ts';
import type { InstructionNode, SyntaxTree } from './types.ts';

function goTrimSpace(text: string): string {
  const b = trimSpaceBounds(text);
  return text.slice(b.start, b.end);
}

/** One instruction as BuildKit's Node.Dump prints it, e.g. `copy ["--from=a"] "x" "/y"`. */
export function dumpInstruction(node: InstructionNode): string {
  let out = node.keyword;
  if (node.flags.length > 0) out += ` [${node.flags.map((f) => goQuote(f.value)).join(' ')}]`;
  if (node.onbuild) out += ` (${dumpInstruction(node.onbuild)})`;
  else for (const arg of node.args) out += ` ${goQuote(arg.value)}`;
  return goTrimSpace(out);
}

/** The whole tree as `result.AST.Dump() + "\n"` (one parenthesised instruction per line). */
export function dumpTree(tree: SyntaxTree): string {
  return `${goTrimSpace(tree.instructions.map((node) => `(${dumpInstruction(node)})\n`).join(''))}\n`;
}
