// Tracks BuildKit frontend/dockerfile/parser/parser.go (heredocsFromLine, ParseHeredoc, ChompHeredocContent)
/** Finds the heredoc words (`<<EOF`, `<<-EOF`, `3<<"EOF"`) of a logical line, as BuildKit does. */
import { processWords } from './heredoc-lexer.ts';

/** A heredoc start found in a line: BuildKit's Heredoc before its body is read. */
export interface HeredocStart {
  readonly name: string;
  readonly fileDescriptor: number;
  readonly expand: boolean;
  readonly chomp: boolean;
}

const MAX_UINT64 = 2 ** 64 - 1;

// `^(\d*)<<(-?)\s*([^<]*)$` with Go's \d and \s.
const heredocPattern = /^([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

function quoteCount(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "'" || ch === '"') n += 1;
  return n;
}

/** BuildKit's ParseHeredoc on one word: undefined when the word is not a heredoc. */
export function parseHeredocWord(word: string): { heredoc?: HeredocStart; error?: string } {
  const match = heredocPattern.exec(word);
  if (!match) return {};
  const rest = match[3] ?? '';
  if (rest === '') return {};
  const cooked = processWords(rest, { rawQuotes: false, rawEscapes: false });
  if (cooked.error !== undefined) return { error: cooked.error };
  const name = cooked.words[0];
  if (cooked.words.length !== 1 || name === undefined) return {};
  const raw = processWords(rest, { rawQuotes: true, rawEscapes: false });
  if (raw.error !== undefined) return { error: raw.error };
  const rawName = raw.words[0];
  if (raw.words.length !== 1 || rawName === undefined) {
    return { error: `internal lexing of heredoc produced inconsistent results: ${rest}` };
  }
  // strconv.ParseUint saturates at the largest uint64 on overflow (its error is ignored).
  const fd = Math.min(Number(match[1] || '0'), MAX_UINT64);
  return {
    heredoc: {
      name,
      fileDescriptor: fd,
      expand: quoteCount(name) === quoteCount(rawName),
      chomp: match[2] === '-',
    },
  };
}

/** BuildKit's heredocsFromLine: lexing errors of the line mean "no heredocs", errors of a word are returned. */
export function heredocsFromLine(line: string): { heredocs: HeredocStart[]; error?: string } {
  const { words } = processWords(line, { rawQuotes: true, rawEscapes: true });
  const heredocs: HeredocStart[] = [];
  for (const word of words) {
    const parsed = parseHeredocWord(word);
    if (parsed.error !== undefined) return { heredocs, error: parsed.error };
    if (parsed.heredoc) heredocs.push(parsed.heredoc);
  }
  return { heredocs };
}

/** BuildKit's ChompHeredocContent: drops leading tabs of every line (lines end at \n only). */
export function chompHeredocContent(content: string): string {
  return content
    .split('\n')
    .map((line) => line.replace(/^\t+/, ''))
    .join('\n');
}
