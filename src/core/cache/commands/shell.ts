/** A small POSIX-sh reader for RUN commands: splits into simple commands, assignments, argv and redirects. */

/** One simple command of a RUN line. */
export interface SimpleCommand {
  /** Leading `NAME=value` words (environment for this command only). */
  readonly assigns: readonly (readonly [string, string])[];
  /** Words after expansion of `$VAR` with the RUN's environment. */
  readonly argv: readonly string[];
  /** Output redirections: `>` / `>>` with their target. */
  readonly redirects: readonly { readonly append: boolean; readonly target: string }[];
  /** True when the command uses `$(...)`, backticks or other things this reader cannot follow. */
  readonly opaque: boolean;
}

type Lookup = (name: string) => string | undefined;

interface Token {
  readonly kind: 'word' | 'op';
  readonly value: string;
  readonly opaque: boolean;
}

function expandVar(text: string, i: number, env: Lookup): { value: string; end: number } {
  if (text[i + 1] === '{') {
    const close = text.indexOf('}', i + 2);
    const body = text.slice(i + 2, close < 0 ? text.length : close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::?[-=+?](.*))?$/.exec(body);
    const v = m ? env(m[1]!) : undefined;
    const fallback = m?.[2];
    return { value: v !== undefined && v !== '' ? v : (fallback ?? v ?? ''), end: close < 0 ? text.length : close + 1 };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
  if (!m) return { value: '$', end: i + 1 };
  return { value: env(m[0]) ?? '', end: i + 1 + m[0].length };
}

/** Tokenises a command line into words (quotes removed, variables expanded) and operators. */
export function tokenize(text: string, env: Lookup): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let opaque = false;
  const flush = (): void => {
    if (inWord) tokens.push({ kind: 'word', value: word, opaque });
    word = '';
    inWord = false;
    opaque = false;
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      flush();
      i++;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      word += text.slice(i + 1, end < 0 ? text.length : end);
      inWord = true;
      i = end < 0 ? text.length : end + 1;
    } else if (ch === '"') {
      inWord = true;
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length && '"$`\\'.includes(text[i + 1]!)) {
          word += text[i + 1];
          i += 2;
        } else if (text[i] === '$') {
          if (text[i + 1] === '(') opaque = true;
          const r = expandVar(text, i, env);
          word += r.value;
          i = r.end;
        } else {
          if (text[i] === '`') opaque = true;
          word += text[i++];
        }
      }
      i++;
    } else if (ch === '\\') {
      word += text[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if (ch === '$') {
      if (text[i + 1] === '(') opaque = true;
      const r = expandVar(text, i, env);
      word += r.value;
      inWord = true;
      i = r.end;
    } else if (!inWord && /[0-9]/.test(ch) && text[i + 1] === '>') {
      flush();
      const dup = /^[0-9]>&[0-9-]/.exec(text.slice(i));
      if (dup) i += dup[0].length;
      else {
        tokens.push({ kind: 'op', value: ch === '1' ? '>' : '2>', opaque: false });
        i += 2;
      }
    } else if (ch === '>' && /^>&[0-9-]/.test(text.slice(i))) {
      flush();
      i += 3;
    } else if ('&|;<>()'.includes(ch)) {
      const two = text.slice(i, i + 2);
      const op = ['&&', '||', '>>', '&>', ';;'].includes(two) ? two : ch;
      flush();
      if (ch === '(' || ch === ')') opaque = true;
      tokens.push({ kind: 'op', value: op, opaque: false });
      i += op.length;
    } else {
      if (ch === '`') opaque = true;
      word += ch;
      inWord = true;
      i++;
    }
  }
  flush();
  return tokens;
}

/** Splits a RUN command into simple commands (`&&`, `||`, `;`, `|`, `&` separate them). */
export function splitCommands(text: string, env: Lookup): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  let assigns: [string, string][] = [];
  let argv: string[] = [];
  let redirects: { append: boolean; target: string }[] = [];
  let opaque = false;
  const tokens = tokenize(text, env);
  const end = (): void => {
    if (argv.length > 0 || assigns.length > 0) out.push({ assigns, argv, redirects, opaque });
    assigns = [];
    argv = [];
    redirects = [];
    opaque = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    opaque ||= t.opaque;
    if (t.kind === 'op') {
      if (t.value === '>' || t.value === '>>' || t.value === '&>' || t.value === '2>' || t.value === '<') {
        const target = tokens[i + 1];
        i++;
        if (target && target.kind === 'word' && t.value !== '<' && t.value !== '2>') redirects.push({ append: t.value === '>>', target: target.value });
      } else if (t.value === '(' || t.value === ')') opaque = true;
      else end();
      continue;
    }
    const m = argv.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(t.value) : null;
    if (m) assigns.push([m[1]!, m[2]!]);
    else argv.push(t.value);
  }
  end();
  return out;
}
