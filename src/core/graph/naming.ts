// Tracks BuildKit dockerfile2llb/convert.go prefixCommand, processCmdEnv and uppercaseCmd
/** Vertex names as plain progress prints them: `[stage i/n] INSTRUCTION`, expanded and padded. */
import type { EnvEntry } from '../instructions/types.ts';
import { envStrings } from '../instructions/index.ts';
import { envFromSlice, processWord } from '../shell/index.ts';
import type { EscapeToken } from '../shell/index.ts';

/** uppercaseCmd: upper-cases the first space-separated word. */
export function uppercaseCmd(text: string): string {
  const at = text.indexOf(' ');
  return at < 0 ? text.toUpperCase() : text.slice(0, at).toUpperCase() + text.slice(at);
}

/** processCmdEnv: expands the whole instruction text as one word; on error keeps it as written. */
export function processCmdEnv(
  text: string,
  env: readonly EnvEntry[],
  escapeToken: EscapeToken,
  lexer: 'plain' | 'run',
): string {
  const options = lexer === 'run' ? { escapeToken, rawQuotes: true, skipUnsetEnv: true } : { escapeToken };
  const result = processWord(text, envFromSlice(envStrings(env)), options);
  return result.ok ? result.value : text;
}

/** The digits BuildKit pads the step number to: int(1+log10(total)). */
export function stepWidth(total: number): number {
  return String(Math.max(1, Math.trunc(total))).length;
}

/** prefixCommand's bracket: `[name i/n] ` (no name part when the stage name is empty). */
export function stepPrefix(stageName: string, index: number, total: number): string {
  const number = String(index).padStart(stepWidth(total), ' ');
  return `[${stageName === '' ? '' : `${stageName} `}${number}/${total}] `;
}
