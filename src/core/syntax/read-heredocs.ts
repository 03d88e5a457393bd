// Tracks BuildKit frontend/dockerfile/parser/parser.go (the heredoc loop of Parse)
/** Reads heredoc bodies that follow an instruction line, up to each terminator. */
import { chompHeredocContent, heredocsFromLine } from './heredoc.ts';
import type { ParseState } from './parser.ts';
import type { PhysicalLine } from './source.ts';
import type { Heredoc, Range } from './types.ts';

function trimLeadingTabs(text: string): string {
  let i = 0;
  while (text[i] === '\t') i += 1;
  return text.slice(i);
}

/** Reads the bodies of the heredocs named in `joined`; `last` is the instruction's last line so far. */
export function readHeredocs(state: ParseState, joined: string, last: number, instruction: Range): { heredocs: Heredoc[]; last: number } {
  const found = heredocsFromLine(joined);
  if (found.error !== undefined) {
    state.problems.push({ severity: 'error', code: 'heredoc-syntax', message: found.error, range: instruction });
  }
  const heredocs: Heredoc[] = [];
  let line = last;
  for (const start of found.heredocs) {
    let raw = '';
    let terminated = false;
    const first = line + 1;
    while (line + 1 < state.limit) {
      line += 1;
      const body = state.lines[line] as PhysicalLine;
      const candidate = start.chomp ? trimLeadingTabs(body.text) : body.text;
      if (candidate === start.name) {
        terminated = true;
        break;
      }
      raw += body.raw;
    }
    const endLine = state.lines[line] as PhysicalLine;
    const startLine = state.lines[Math.min(first, line)] as PhysicalLine;
    const range: Range = first <= line
      ? { start: { line: startLine.index, character: startLine.column }, end: { line: endLine.index, character: endLine.column + endLine.text.length } }
      : { start: instruction.end, end: instruction.end };
    heredocs.push({
      name: start.name,
      content: start.chomp ? chompHeredocContent(raw) : raw,
      rawContent: raw,
      expand: start.expand,
      chomp: start.chomp,
      fileDescriptor: start.fileDescriptor,
      range,
    });
    if (!terminated) {
      state.problems.push({ severity: 'error', code: 'unterminated-heredoc', message: 'unterminated heredoc', range: { start: instruction.start, end: range.end } });
      break;
    }
  }
  return { heredocs, last: line };
}
