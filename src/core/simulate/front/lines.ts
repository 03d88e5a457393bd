// Tracks BuildKit frontend/dockerfile/parser/parser.go (line joining, directives) and split_command.go.
// Adapter: the shared parser (src/core/syntax) was not in the tree when the simulator was written.

/** One logical instruction as the parser joins it. */
export interface RawInstruction {
  /** Lower-cased keyword. */
  readonly keyword: string;
  /** The joined logical line, trimmed (BuildKit node.Original / command "code"). */
  readonly original: string;
  /** Leading `--flag[=value]` words. */
  readonly flags: readonly string[];
  /** Everything after the keyword and flags, as written. */
  readonly rest: string;
  /** Arguments when the rest is a JSON string array (exec form), else undefined. */
  readonly json: readonly string[] | undefined;
  /** 0-based line of the first physical line. */
  readonly line: number;
}

/** A parsed Dockerfile: instructions plus the escape token. */
export interface RawDockerfile {
  readonly instructions: readonly RawInstruction[];
  readonly escape: string;
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

function readEscape(lines: readonly string[]): string {
  let escape = '\\';
  for (const line of lines) {
    const m = DIRECTIVE.exec(line.trimStart());
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (name === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
    else if (name !== 'syntax' && name !== 'check') break;
  }
  return escape;
}

/** Splits the text into BuildKit logical lines and instructions. */
export function parseLines(text: string): RawDockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const escape = readEscape(lines);
  const e = escape === '\\' ? '\\\\' : escape;
  const continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
  const out: RawInstruction[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trimStart();
    if (first === '' || first.startsWith('#')) continue;
    const start = i;
    let joined = '';
    let current = first;
    for (;;) {
      const m = continuation.exec(current);
      if (!m) {
        joined += current;
        break;
      }
      joined += current.replace(continuation, '$1');
      i++;
      while (i < lines.length && (lines[i]!.trim() === '' || lines[i]!.trimStart().startsWith('#'))) i++;
      if (i >= lines.length) break;
      current = lines[i]!;
    }
    out.push(splitCommand(joined.trim(), start));
  }
  return { instructions: out, escape };
}

function splitCommand(original: string, line: number): RawInstruction {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(original)!;
  const keyword = m[1]!.toLowerCase();
  let rest = m[2] ?? '';
  const flags: string[] = [];
  for (;;) {
    const f = /^(--\S+)\s*([\s\S]*)$/.exec(rest);
    if (!f) break;
    if (f[1] === '--') {
      rest = f[2] ?? '';
      break;
    }
    flags.push(f[1]!);
    rest = f[2] ?? '';
  }
  return { keyword, original, flags, rest, json: parseJsonArray(rest), line };
}

function parseJsonArray(rest: string): readonly string[] | undefined {
  if (!rest.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(rest);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    return undefined;
  }
  return undefined;
}
