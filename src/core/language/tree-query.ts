/** Questions the language features ask of a syntax tree: which instruction is here, stage names, ARGs. */
import type { InstructionNode, SyntaxTree, Word } from '../syntax/types.ts';
import { rangeContains } from './positions.ts';
import type { LspPosition } from './types.ts';

/** The instruction whose lines include `line`. */
export function instructionOnLine(tree: SyntaxTree, line: number): InstructionNode | undefined {
  return tree.instructions.find((n) => n.range.start.line <= line && line <= n.range.end.line);
}

/** The word (keyword, flag or argument) under a position. */
export type WordAt =
  | { readonly kind: 'keyword'; readonly node: InstructionNode; readonly word: Word }
  | { readonly kind: 'flag'; readonly node: InstructionNode; readonly word: Word; readonly name: string }
  | { readonly kind: 'arg'; readonly node: InstructionNode; readonly word: Word };

/** Finds the word under a position, if any. */
export function wordAt(tree: SyntaxTree, pos: LspPosition): WordAt | undefined {
  const node = instructionOnLine(tree, pos.line);
  if (!node) return undefined;
  if (rangeContains(node.keywordWord.range, pos)) return { kind: 'keyword', node, word: node.keywordWord };
  const flag = node.flags.find((w) => rangeContains(w.range, pos));
  if (flag) return { kind: 'flag', node, word: flag, name: flagName(flag.value) };
  const arg = node.args.find((w) => rangeContains(w.range, pos));
  return arg ? { kind: 'arg', node, word: arg } : undefined;
}

/** `--from=build` → `from`. */
export function flagName(text: string): string {
  return text.replace(/^--/, '').split('=')[0] ?? '';
}

/** A stage as FROM names it. */
export interface StageName {
  readonly name: string;
  readonly index: number;
  readonly line: number;
  readonly base: string;
}

/** Stages in order, with their `AS` names (empty when unnamed). */
export function stageNames(tree: SyntaxTree): readonly StageName[] {
  return tree.instructions
    .filter((n) => n.keyword === 'from')
    .map((n, index) => {
      const as = n.args[1]?.value.toLowerCase() === 'as' ? (n.args[2]?.value ?? '') : '';
      return { name: as, index, line: n.range.start.line, base: n.args[0]?.value ?? '' };
    });
}

/** Names declared by ARG instructions (any stage) and ENV keys, in order, without duplicates. */
export function declaredVariables(tree: SyntaxTree): readonly { readonly name: string; readonly kind: 'ARG' | 'ENV'; readonly value: string }[] {
  const seen = new Set<string>();
  const out: { name: string; kind: 'ARG' | 'ENV'; value: string }[] = [];
  for (const n of tree.instructions) {
    if (n.keyword !== 'arg' && n.keyword !== 'env') continue;
    const kind = n.keyword === 'arg' ? 'ARG' : 'ENV';
    const words = n.args.map((w) => w.value);
    const pairs = kind === 'ENV' && words.length >= 2 && !words[0]?.includes('=') ? [`${words[0]}=${words.slice(1).join(' ')}`] : words;
    for (const pair of pairs) {
      const [name = '', ...rest] = pair.split('=');
      if (name === '' || seen.has(name)) continue;
      seen.add(name);
      out.push({ name, kind, value: rest.join('=') });
    }
  }
  return out;
}
