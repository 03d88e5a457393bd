// Tracks BuildKit frontend/dockerfile/parser/directives.go (DirectiveParser.ParseLine)
/** The parser-directive scanner: `# syntax=`, `# escape=`, `# check=` lines at the top of the file. */

/** The directive names BuildKit knows. */
export type DirectiveName = 'syntax' | 'escape' | 'check';

const known: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);

// `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` with Go's \s ([\t\n\f\r ]) and `.` (anything but \n).
const directivePattern = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;

/** The state of BuildKit's DirectiveParser: scanning stops at the first line that is not a known directive. */
export interface DirectiveState {
  done: boolean;
  readonly seen: Set<string>;
}

/** What one line means to the directive scanner. */
export type DirectiveLine =
  | { readonly kind: 'none' }
  | { readonly kind: 'directive'; readonly name: DirectiveName; readonly value: string; readonly valueStart: number }
  | { readonly kind: 'duplicate'; readonly name: DirectiveName; readonly message: string };

/** A fresh scanner state. */
export function newDirectiveState(): DirectiveState {
  return { done: false, seen: new Set() };
}

const NONE: DirectiveLine = { kind: 'none' };

/** BuildKit's ParseLine: classifies one (newline-trimmed) line and advances the state. */
export function parseDirectiveLine(state: DirectiveState, line: string): DirectiveLine {
  if (state.done) return NONE;
  const match = directivePattern.exec(line);
  const key = match?.[1]?.toLowerCase();
  if (!match || key === undefined || !known.has(key)) {
    state.done = true;
    return NONE;
  }
  const name = key as DirectiveName;
  if (state.seen.has(name)) {
    return { kind: 'duplicate', name, message: `only one ${name} parser directive can be used` };
  }
  state.seen.add(name);
  const value = match[2] ?? '';
  return { kind: 'directive', name, value, valueStart: line.lastIndexOf(value, line.length) };
}

/** BuildKit's setEscapeToken check: only a backslash or a backtick. */
export function escapeTokenError(value: string): string | undefined {
  return value === '`' || value === '\\' ? undefined : `invalid escape token '${value}' does not match \` or \\`;
}
