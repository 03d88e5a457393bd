// Tracks BuildKit frontend/dockerfile/parser/parser.go (line joining, directives) and split_command.go.
// The simulator's own line reader (it keeps heredoc bodies for the ops); rejections also come from the shared parser.

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
  /** Heredoc bodies (dockerfile 1.4+), in order. */
  readonly heredocs: readonly RawHeredoc[];
}

/** A heredoc attached to an instruction. */
export interface RawHeredoc {
  readonly name: string;
  readonly body: string;
  readonly expand: boolean;
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const HEREDOC_KEYWORDS = new Set(['run', 'copy', 'add']);

function readHeredocs(ins: RawInstruction, lines: readonly string[], next: number): { heredocs: RawHeredoc[]; next: number } {
  const heredocs: RawHeredoc[] = [];
  if (!HEREDOC_KEYWORDS.has(ins.keyword) || ins.json) return { heredocs, next };
  let i = next;
  for (const m of ins.rest.matchAll(HEREDOC)) {
    const chomp = m[1] === '-';
    const body: string[] = [];
    for (; i < lines.length; i++) {
      const line = chomp ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
      if (line === m[3]) {
        i++;
        break;
      }
      body.push(line + '\n');
    }
    heredocs.push({ name: m[3]!, body: body.join(''), expand: m[2] === '' });
  }
  return { heredocs, next: i };
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
export function parseLines(text: string, options: { readonly heredocs?: boolean } = {}): RawDockerfile {
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
    if (joined.trim() === '') continue;
    const ins = splitCommand(joined.trim(), start);
    if (!options.heredocs) {
      out.push(ins);
      continue;
    }
    const h = readHeredocs(ins, lines, i + 1);
    out.push({ ...ins, heredocs: h.heredocs });
    i = h.next - 1;
  }
  return { instructions: out, escape };
}

/** Splits one logical line into keyword, flags and arguments (BuildKit splitCommand + extractBuilderFlags). */
export function splitCommand(original: string, line: number): RawInstruction {
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
  return { keyword, original, flags, rest, json: parseJsonArray(rest), line, heredocs: [] };
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
