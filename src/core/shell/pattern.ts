/** BuildKit's shell patterns (`*`, `?`, `\` escapes; no brackets) compiled the way convertShellPatternToRegex does. */
import { newScanner, next, peek } from './scanner.ts';
import { EOF, runeString } from './unicode.ts';

/** One element of a compiled pattern: a literal rune, `?` (any rune but newline) or `*` (a run of them). */
export type PatternToken =
  | { readonly kind: 'literal'; readonly rune: number }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' };

/** A compiled pattern, or BuildKit's error for a bad escape. */
export type CompiledPattern =
  | { readonly ok: true; readonly tokens: readonly PatternToken[] }
  | { readonly ok: false; readonly error: string };

const BACKSLASH = 0x5c;

/** Compiles a pattern; `\` before `}` or `/` is dropped, and only `\*`, `\?`, `\\` are valid escapes. */
export function compilePattern(pattern: string): CompiledPattern {
  const scanner = newScanner(pattern);
  const tokens: PatternToken[] = [];
  for (let tok = next(scanner); tok !== EOF; tok = next(scanner)) {
    if (tok === 0x2a) {
      tokens.push({ kind: 'star' });
      continue;
    }
    if (tok === 0x3f) {
      tokens.push({ kind: 'any' });
      continue;
    }
    if (tok === BACKSLASH) {
      if (peek(scanner) === 0x7d || peek(scanner) === 0x2f) continue;
      tok = next(scanner);
      if (tok !== 0x2a && tok !== 0x3f && tok !== BACKSLASH) {
        return { ok: false, error: `invalid escape '\\${runeString(tok)}'` };
      }
    }
    tokens.push({ kind: 'literal', rune: tok });
  }
  return { ok: true, tokens };
}

/** reversePattern: reverses a pattern but keeps each `\x` escape pair in order. */
export function reversePattern(pattern: string): string {
  const runes = [...pattern];
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last; ) {
    const tok = runes[i] as string;
    const outIdx = last - i;
    if (tok === '\\' && i !== last) {
      out[outIdx - 1] = tok;
      out[outIdx] = runes[i + 1] as string;
      i += 2;
    } else {
      out[outIdx] = tok;
      i++;
    }
  }
  return out.join('');
}
