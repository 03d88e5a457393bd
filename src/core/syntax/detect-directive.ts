// Tracks BuildKit frontend/dockerfile/parser/directives.go (DetectSyntax, ParseDirective)
/** How the frontend finds `syntax` and `check` (it skips a shebang; `syntax` may also use `//` or JSON). */
import { newDirectiveState, parseDirectiveLine } from './directives.ts';

/** A directive found by DetectSyntax/ParseDirective. */
export interface DetectedDirective {
  /** The first space-separated word of the value (what BuildKit uses as the reference). */
  readonly value: string;
  /** The whole value. */
  readonly cmdline: string;
  /** 0-based line of the directive. */
  readonly line: number;
}

function scan(key: string, lines: readonly string[], firstLine: number, prefix: '#' | '//'): DetectedDirective | undefined {
  const state = newDirectiveState();
  for (let i = 0; i < lines.length && !state.done; i += 1) {
    const raw = lines[i] ?? '';
    const line = prefix === '#' ? raw : raw.startsWith('//') ? `#${raw.slice(2)}` : `\u0000${raw}`;
    const found = parseDirectiveLine(state, line);
    if (found.kind === 'duplicate') break;
    if (found.kind === 'directive' && found.name === key) {
      return { value: found.value.split(' ')[0] ?? '', cmdline: found.value, line: firstLine + i };
    }
  }
  return undefined;
}

function fromJson(key: string, text: string, line: number): DetectedDirective | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    const value = (parsed as Record<string, unknown>)[key];
    return typeof value === 'string' ? { value, cmdline: value, line } : undefined;
  } catch {
    return undefined;
  }
}

function detect(key: string, source: string, anyFormat: boolean): DetectedDirective | undefined {
  let text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const nl = text.indexOf('\n');
  const shebang = text.startsWith('#!');
  if (shebang) text = nl < 0 ? '' : text.slice(nl + 1);
  const first = shebang ? 1 : 0;
  // bufio.ScanLines: split at \n, drop one trailing \r, no final empty line.
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const hashed = scan(key, lines, first, '#');
  if (hashed || !anyFormat) return hashed;
  return scan(key, lines, first, '//') ?? fromJson(key, text, first);
}

/** BuildKit's DetectSyntax: `# syntax=`, `// syntax=` or `{"syntax": ...}`, after an optional shebang. */
export function detectSyntax(text: string): DetectedDirective | undefined {
  return detect('syntax', text, true);
}

/** BuildKit's ParseDirective: `# key=` only (used for `check`), after an optional shebang. */
export function detectDirective(key: 'syntax' | 'escape' | 'check', text: string): DetectedDirective | undefined {
  return detect(key, text, false);
}
