/** The pattern modifiers of `${VAR...}`: `#`/`##` (trimPrefix), `%`/`%%` (trimSuffix), `/` and `//` (replace). */
import { findFrom, matchAt } from './match.ts';
import { compilePattern, reversePattern } from './pattern.ts';
import type { PatternToken } from './pattern.ts';
import { isDigit, isLetter, runesToString, toRunes } from './unicode.ts';

/** A substitution outcome: the new value, or BuildKit's error text. */
export type Substituted = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

function compile(pattern: string): { readonly tokens: readonly PatternToken[] } | { readonly error: string } {
  const compiled = compilePattern(pattern);
  if (compiled.ok) return { tokens: compiled.tokens };
  return { error: `invalid pattern (${pattern}) in substitution: ${compiled.error}` };
}

/** `${VAR#p}` / `${VAR##p}`: removes the shortest (or longest, when greedy) prefix matching the pattern. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): Substituted {
  const compiled = compile(pattern);
  if ('error' in compiled) return { ok: false, error: compiled.error };
  const runes = toRunes(value);
  const end = matchAt(compiled.tokens, runes, 0, greedy);
  return { ok: true, value: end >= 0 ? runesToString(runes.slice(end)) : value };
}

/** `${VAR%p}` / `${VAR%%p}`: reverses pattern and value and trims a prefix, as BuildKit does. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): Substituted {
  const trimmed = trimPrefix(reversePattern(pattern), [...value].reverse().join(''), greedy);
  return trimmed.ok ? { ok: true, value: [...trimmed.value].reverse().join('') } : trimmed;
}

/** `${VAR/p/r}` (first match, replacement literal) and `${VAR//p/r}` (every match, Go ReplaceAllString). */
export function replacePattern(pattern: string, replacement: string, value: string, all: boolean): Substituted {
  const compiled = compile(pattern);
  if ('error' in compiled) return { ok: false, error: compiled.error };
  const runes = toRunes(value);
  if (!all) {
    const found = findFrom(compiled.tokens, runes, 0, true);
    if (found === undefined) return { ok: true, value };
    const [start, end] = found;
    return { ok: true, value: runesToString(runes.slice(0, start)) + replacement + runesToString(runes.slice(end)) };
  }
  return { ok: true, value: replaceAll(compiled.tokens, runes, replacement) };
}

/** Go's Regexp.replaceAll loop: no replacement for an empty match right after a match; always advance. */
function replaceAll(tokens: readonly PatternToken[], runes: readonly number[], template: string): string {
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= runes.length) {
    const found = findFrom(tokens, runes, searchPos, true);
    if (found === undefined) break;
    const [start, end] = found;
    out += runesToString(runes.slice(lastMatchEnd, start));
    if (end > lastMatchEnd || start === 0) out += expandTemplate(template, runesToString(runes.slice(start, end)));
    lastMatchEnd = end;
    const width = searchPos < runes.length ? 1 : 0;
    if (searchPos + width > end) searchPos += width;
    else if (searchPos + 1 > end) searchPos++;
    else searchPos = end;
  }
  return out + runesToString(runes.slice(lastMatchEnd));
}

/** Go's Regexp.Expand for a pattern without groups: `$$` is `$`, `$0`/`${0}` the match, other names empty. */
export function expandTemplate(template: string, match: string): string {
  let out = '';
  let rest = template;
  for (;;) {
    const at = rest.indexOf('$');
    if (at < 0) break;
    out += rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (rest.startsWith('$')) {
      out += '$';
      rest = rest.slice(1);
      continue;
    }
    const ref = extractName(rest);
    if (ref === undefined) {
      out += '$';
      continue;
    }
    rest = ref.rest;
    if (ref.name === '0') out += match;
  }
  return out + rest;
}

/** Go regexp's extract: a `$name` or `${name}` reference (letters, digits, `_`), or undefined when malformed. */
function extractName(text: string): { readonly name: string; readonly rest: string } | undefined {
  const brace = text.startsWith('{');
  const body = brace ? text.slice(1) : text;
  let name = '';
  for (const ch of body) {
    const rune = ch.codePointAt(0) ?? 0;
    if (!isLetter(rune) && !isDigit(rune) && ch !== '_') break;
    name += ch;
  }
  if (name === '') return undefined;
  let rest = body.slice(name.length);
  if (brace) {
    if (!rest.startsWith('}')) return undefined;
    rest = rest.slice(1);
  }
  return { name, rest };
}
