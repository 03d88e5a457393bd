/** Small helpers shared by rules: ranges of instructions and words, suggestions, stage lookups. */
import type { Range, Word } from '../../syntax/types.ts';
import type { Inst, RuleContext, Stage } from './context.ts';
import { firstLine, textAt } from './text.ts';
import { perCheckMemo } from './instr.ts';

/** The range a finding on an instruction marks: its first line. */
export function instRange(ctx: RuleContext, inst: Inst): Range {
  const range = inst.node.range;
  // A one-line instruction is its own first line: no line index needed.
  return range.start.line === range.end.line ? range : firstLine(ctx.lines, range);
}

/** True when the source text under a word is exactly its value (safe to edit in place). */
export function wordIsLiteral(ctx: RuleContext, word: Word): boolean {
  return textAt(ctx.lines, word.range) === word.value;
}

/** True when the instruction spans one line and has no heredoc. */
export function singleLine(inst: Inst): boolean {
  return inst.node.range.start.line === inst.node.range.end.line && inst.node.heredocs.length === 0;
}

/** Closest candidate within edit distance 2 (BuildKit util/suggest), or undefined. */
export function suggest(name: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = option.toLowerCase() === name.toLowerCase() ? 0 : distance(name, option);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The target stage (the final image). */
export function finalStage(ctx: RuleContext): Stage | undefined {
  return ctx.stages[ctx.target];
}

/** Instructions of a stage with a keyword. */
export function instsOf(stage: Stage, keyword: string): Inst[] {
  return stage.instructions.filter((i) => i.node.keyword === keyword);
}

/** All instructions in all stages (not meta args); computed once per check. */
export const allInsts = perCheckMemo((ctx: RuleContext): Inst[] => ctx.stages.flatMap((s) => s.instructions));

/** The root ancestor stage (follows FROM <stage>) of a stage. */
export function rootStage(ctx: RuleContext, stage: Stage): Stage {
  let cur = stage;
  while (cur.baseStage !== undefined) cur = ctx.stages[cur.baseStage]!;
  return cur;
}
