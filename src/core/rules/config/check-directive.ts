/** BuildKit's `# check=` options (tracks BuildKit frontend/dockerfile/linter/linter.go ParseLintOptions). */

/** Parsed check options. */
export interface LintOptions {
  readonly skipAll: boolean;
  readonly skip: readonly string[];
  readonly experimentalAll: boolean;
  readonly experimental: readonly string[];
  readonly error: boolean;
}

/** Options when nothing is configured. */
export const NO_LINT_OPTIONS: LintOptions = { skipAll: false, skip: [], experimentalAll: false, experimental: [], error: false };

const BOOL: Record<string, boolean> = { '1': true, t: true, T: true, true: true, TRUE: true, True: true, '0': false, f: false, F: false, false: false, FALSE: false, False: false };

/** Parses `skip=A,B|all;error=true;experimental=...`; returns an error message for malformed input as BuildKit does. */
export function parseLintOptions(text: string): LintOptions | { readonly error: string } {
  const trimmed = text.trim();
  if (!trimmed) return NO_LINT_OPTIONS;
  let opts: { -readonly [K in keyof LintOptions]: LintOptions[K] } = { ...NO_LINT_OPTIONS };
  const parts = splitN(trimmed, ';', 3);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) return { error: `invalid check option "${part}"` };
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    const list = value.split(',').map((r) => r.trim());
    if (key === 'skip') opts = value === 'all' ? { ...opts, skipAll: true } : { ...opts, skip: list };
    else if (key === 'experimental') opts = value === 'all' ? { ...opts, experimentalAll: true } : { ...opts, experimental: list };
    else if (key === 'error') {
      const b = BOOL[value];
      if (b === undefined) return { error: `failed to parse check option "${part}"` };
      opts = { ...opts, error: b };
    } else return { error: `invalid check option "${key}"` };
  }
  return opts;
}

function splitN(text: string, sep: string, n: number): string[] {
  const parts = text.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** Merges per-instruction options into file options (BuildKit WithMergedConfig: skips and experiments add up). */
export function mergeLintOptions(base: LintOptions, extra: LintOptions): LintOptions {
  return {
    skipAll: base.skipAll || extra.skipAll,
    skip: [...base.skip, ...extra.skip],
    experimentalAll: base.experimentalAll || extra.experimentalAll,
    experimental: [...base.experimental, ...extra.experimental],
    error: base.error,
  };
}

const MENTIONS_CHECK = /check/i;

/** Reads a `check=` directive out of an instruction's comment (text after `#`), BuildKit WithMergedConfigFromComments. */
export function checkFromComment(comment: string): LintOptions | undefined {
  if (!MENTIONS_CHECK.test(comment)) return undefined;
  const m = /^\s*check\s*=\s*(.+?)\s*$/i.exec(comment.replace(/^#/, ''));
  if (!m) return undefined;
  const value = m[1]!.split(' ')[0]!;
  const parsed = parseLintOptions(value);
  return 'error' in parsed && typeof parsed.error === 'string' ? undefined : (parsed as LintOptions);
}
