/** Turns a parsed command plus its line map into the public InstructionNode. */
import type { ParsedCommand } from './command.ts';
import { type LineMap, rangeAt } from './source.ts';
import type { RawWord } from './split-command.ts';
import type { Heredoc, InstructionNode, Range, Word } from './types.ts';
import { EMPTY_LIST } from '../empty-list.ts';

function toWord(map: LineMap, raw: RawWord, offset = 0): Word {
  return { value: raw.value, range: rangeAt(map, raw.start + offset, raw.end + offset) };
}

/** Extra data of a top-level instruction. */
export interface NodeExtras {
  readonly range: Range;
  readonly comments: readonly string[];
  readonly heredocs: readonly Heredoc[];
}

/** Builds an InstructionNode (recursing into an ONBUILD child, which ends where its parent ends). */
export function buildNode(command: ParsedCommand, map: LineMap, extras: NodeExtras): InstructionNode {
  const keywordWord = toWord(map, command.keyword);
  const node: InstructionNode = {
    kind: 'instruction',
    keyword: command.keywordLower,
    keywordWord,
    flags: command.flags.length === 0 ? EMPTY_LIST : command.flags.map((f) => toWord(map, f)),
    args: command.args.length === 0 ? EMPTY_LIST : command.args.map((a) => toWord(map, a, command.argsOffset)),
    json: command.json,
    original: command.original,
    heredocs: extras.heredocs,
    comments: extras.comments,
    range: extras.range,
  };
  if (!command.child) return node;
  const childRange = { start: rangeAt(map, command.child.keyword.start, command.child.keyword.end).start, end: extras.range.end };
  const onbuild = buildNode(command.child, map, { range: childRange, comments: EMPTY_LIST, heredocs: EMPTY_LIST });
  return { ...node, onbuild };
}
