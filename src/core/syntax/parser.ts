// Tracks BuildKit frontend/dockerfile/parser/parser.go (Parse)
/** The tolerant Dockerfile parser: BuildKit's line handling, directives, continuations and heredocs. */
import { buildNode } from './build-node.ts';
import { canContainHeredoc, parseCommand } from './command.ts';
import { escapeTokenError, newDirectiveState, parseDirectiveLine } from './directives.ts';
import { leftSpaceEnd, trimSpaceBounds } from './go-text.ts';
import { type LineMap, lineRange, MAX_LINE_BYTES, type PhysicalLine, scanLines, type Segment } from './source.ts';
import { readHeredocs } from './read-heredocs.ts';
import { escapeByte } from './utf8.ts';
import type { Comment, Directive, Heredoc, InstructionNode, Problem, Range, SyntaxTree } from './types.ts';
import { EMPTY_LIST } from '../empty-list.ts';

/** Mutable state of one parse. */
export interface ParseState {
  readonly text: string;
  readonly lines: readonly PhysicalLine[];
  /** Lines from this index on are never seen (bufio stopped on a too-long line). */
  readonly limit: number;
  escapeToken: '\\' | '`';
  readonly directiveState: ReturnType<typeof newDirectiveState>;
  readonly directives: Directive[];
  readonly comments: Comment[];
  readonly problems: Problem[];
  readonly instructions: InstructionNode[];
  /** Comment lines since the last instruction; never changed in place (each change makes a new list). */
  prevComments: readonly string[];
}

/** The empty comment and heredoc lists, shared by every instruction without them (lists are never changed in place). */
const NONE: readonly string[] = EMPTY_LIST;
const NO_HEREDOCS: readonly Heredoc[] = EMPTY_LIST;

function isComment(text: string): boolean {
  return text[leftSpaceEnd(text)] === '#';
}

/**
 * BuildKit's trimContinuationCharacter (`([^E])E[ \t]*$|^E[ \t]*$` replaced by `$1`) as a cut: the length the line
 * keeps when it ends in a continuation, or -1 when it does not (the line is then the end of its logical line).
 */
export function continuationCut(text: string, escapeToken: string): number {
  let j = text.length;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j -= 1;
  if (j === 0 || text[j - 1] !== escapeToken) return -1;
  if (j === 1) return 0;
  if (text[j - 2] === escapeToken) return -1;
  return j - 1;
}

/** The range of a whole physical line (without its line ending). */
export function wholeLine(line: PhysicalLine): Range {
  return lineRange(line, 0, line.text.length);
}

/** BuildKit's `strings.TrimSpace(string(line[1:]))`: drops one byte, so a multi-byte first character leaves stray bytes. */
function commentText(raw: string): string {
  if (raw.length > 0 && raw.charCodeAt(0) < 0x80) {
    // The dropped byte is a whole character: nothing stray.
    const ascii = raw.slice(1);
    const t = trimSpaceBounds(ascii);
    return ascii.slice(t.start, t.end);
  }
  const first = String.fromCodePoint(raw.codePointAt(0) ?? 0);
  const bytes = new TextEncoder().encode(first);
  const stray = [...bytes.slice(1)].map(escapeByte).join('');
  const rest = raw.length === 0 ? '' : stray + raw.slice(first.length);
  const b = trimSpaceBounds(rest);
  return rest.slice(b.start, b.end);
}

/** Handles the comment/directive side of a first line (`lead`: its leading space); returns the instruction text that remains. */
function firstLine(state: ParseState, line: PhysicalLine, lead: number): string {
  const comment = line.text[lead] === '#';
  if (comment) {
    const text = commentText(line.text);
    state.prevComments = text === '' ? NONE : [...state.prevComments, text];
  }
  const trimmed = line.text.slice(lead);
  // Once the directive scanner is done (after the first lines), plain lines need no range and no directive check.
  if (!comment && state.directiveState.done) return trimmed;
  const directive = parseDirectiveLine(state.directiveState, trimmed);
  const range = lineRange(line, lead, line.text.length);
  if (directive.kind === 'directive') {
    state.directives.push({ name: directive.name, value: directive.value, range });
    const error = directive.name === 'escape' ? escapeTokenError(directive.value) : undefined;
    if (error) state.problems.push({ severity: 'error', code: 'invalid-escape', message: error, range });
    else {
      if (directive.name === 'escape') state.escapeToken = directive.value as '\\' | '`';
      state.prevComments = state.prevComments.slice(0, -1);
    }
    return '';
  }
  if (directive.kind === 'duplicate') {
    state.problems.push({ severity: 'error', code: 'duplicate-directive', message: directive.message, range });
  }
  if (comment) {
    const hash = trimmed.slice(1);
    const b = trimSpaceBounds(hash);
    state.comments.push({ text: hash.slice(b.start, b.end), range });
    return '';
  }
  return trimmed;
}

/** Reads one logical line starting at `index`; returns the index of its last physical line. */
function readLogicalLine(state: ParseState, index: number): number {
  const line = state.lines[index] as PhysicalLine;
  const lead = leftSpaceEnd(line.text);
  const content = firstLine(state, line, lead);
  const firstCut = continuationCut(content, state.escapeToken);
  if (firstCut < 0 && content === '') return index;
  const firstText = firstCut < 0 ? content : content.slice(0, firstCut);
  const segments: Segment[] = [{ logicalStart: 0, line: index, character: line.column + lead, length: firstText.length }];
  let joined = firstText;
  let end = firstCut < 0;
  let last = index;
  // Made on the first empty continuation line: most instructions have none.
  let empty: number[] | undefined;
  while (!end && last + 1 < state.limit) {
    last += 1;
    const next = state.lines[last] as PhysicalLine;
    if (isComment(next.text)) continue;
    if (leftSpaceEnd(next.text) === next.text.length) {
      (empty ??= []).push(last);
      continue;
    }
    const cut = continuationCut(next.text, state.escapeToken);
    const piece = cut < 0 ? next.text : next.text.slice(0, cut);
    segments.push({ logicalStart: joined.length, line: last, character: next.column, length: piece.length });
    joined += piece;
    end = cut < 0;
  }
  const map: LineMap = { segments, fallback: { line: index, character: line.column + lead } };
  return finishInstruction(state, joined, map, last, empty);
}

/** The range from a logical line's start to the end of a physical line. */
function spanRange(state: ParseState, map: LineMap, lastLine: number): Range {
  const end = state.lines[lastLine] as PhysicalLine;
  return { start: map.fallback, end: { line: end.index, character: end.column + end.text.length } };
}

function finishInstruction(state: ParseState, joined: string, map: LineMap, lastPhysical: number, empty: readonly number[] | undefined): number {
  if (empty !== undefined) {
    state.problems.push({
      severity: 'warning',
      code: 'empty-continuation',
      message: `Empty continuation line found in: ${joined}`,
      range: wholeLine(state.lines[lastPhysical] as PhysicalLine),
      related: empty.map((i) => wholeLine(state.lines[i] as PhysicalLine)),
    });
  }
  const command = parseCommand(joined, state.escapeToken);
  if (command.error) {
    const range = spanRange(state, map, lastPhysical);
    state.problems.push({ severity: 'error', code: command.error.code, message: command.error.message, range });
  }
  let last = lastPhysical;
  let heredocs: readonly Heredoc[] = NO_HEREDOCS;
  if (canContainHeredoc(command) && joined.includes('<<')) {
    const read = readHeredocs(state, joined, lastPhysical, spanRange(state, map, lastPhysical));
    heredocs = read.heredocs;
    last = read.last;
  }
  const range = spanRange(state, map, last);
  state.instructions.push(buildNode(command, map, { range, comments: state.prevComments, heredocs }));
  state.prevComments = NONE;
  return last;
}

function endOfText(lines: readonly PhysicalLine[]): Range {
  const line = lines[lines.length - 1];
  const pos = line ? { line: line.index, character: line.column + line.text.length } : { line: 0, character: 0 };
  return { start: pos, end: pos };
}

/** Parses Dockerfile text the way BuildKit's parser.Parse does, but never throws: errors become problems. */
export function parseDockerfile(text: string): SyntaxTree {
  const lines = scanLines(text);
  const tooLong = lines.findIndex((l) => l.tooLong);
  const state: ParseState = {
    text,
    lines,
    limit: tooLong < 0 ? lines.length : tooLong,
    escapeToken: '\\',
    directiveState: newDirectiveState(),
    directives: [],
    comments: [],
    problems: [],
    instructions: [],
    prevComments: NONE,
  };
  for (let i = 0; i < state.limit; i += 1) i = readLogicalLine(state, i);
  const end = endOfText(lines);
  if (state.instructions.length === 0) {
    state.problems.push({ severity: 'error', code: 'empty-file', message: 'file with no instructions', range: end });
  }
  if (tooLong >= 0) {
    const range = wholeLine(lines[tooLong] as PhysicalLine);
    const message = `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`;
    state.problems.push({ severity: 'error', code: 'line-too-long', message, range });
  }
  const { directives, comments, problems, instructions, escapeToken } = state;
  return { text, directives, escapeToken, instructions, comments, problems };
}
