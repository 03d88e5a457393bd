// Tracks BuildKit frontend/dockerfile/instructions/bflag.go
/** Parses an instruction's `--flag[=value]` words against the flags its engine accepts. */
import type { FlagMessages } from '../engines/types.ts';
import type { Word } from '../syntax/types.ts';
import type { ParsedFlag } from './types.ts';

/** A flag's type: boolean, single string, or repeatable string. */
export type FlagType = 'bool' | 'string' | 'strings';

/** The result of parsing flags: values by name, or BuildKit's error. */
export type FlagParse =
  | {
      readonly ok: true;
      /** Values of boolean and single-string flags ("true"/"false" for booleans). */
      readonly values: ReadonlyMap<string, string>;
      /** Values of repeatable flags, in order. */
      readonly lists: ReadonlyMap<string, readonly string[]>;
    }
  | { readonly ok: false; readonly error: string; readonly flag: string | undefined; readonly word: Word | undefined };

/** Splits `--name=value` words (without judging them). */
export function splitFlags(words: readonly Word[]): ParsedFlag[] {
  return words.map((word) => {
    const body = word.value.startsWith('--') ? word.value.slice(2) : word.value;
    const at = body.indexOf('=');
    return at < 0
      ? { name: body, value: undefined, range: word.range }
      : { name: body.slice(0, at), value: body.slice(at + 1), range: word.range };
  });
}

const NO_VALUES: ReadonlyMap<string, string> = new Map();
const NO_LISTS: ReadonlyMap<string, readonly string[]> = new Map();
const NO_FLAGS: FlagParse = { ok: true, values: NO_VALUES, lists: NO_LISTS };

/** BFlags.Parse: every word must be a known flag of the right type; `--` ends the flags. */
export function parseFlags(
  words: readonly Word[],
  defs: ReadonlyMap<string, FlagType>,
  messages: FlagMessages,
): FlagParse {
  // Most instructions have no flags: one shared, read-only answer.
  if (words.length === 0) return NO_FLAGS;
  // Made on first use; a name is in `values` once a boolean or single-string flag set it, which is all a repeat needs to know.
  let values: Map<string, string> | undefined;
  let lists: Map<string, string[]> | undefined;
  const fail = (error: string, flag: string | undefined, word: Word) => ({ ok: false, error, flag, word }) as const;
  for (const word of words) {
    const text = word.value;
    if (text === '--') break;
    if (!text.startsWith('--')) return fail(messages.notFlag(text), undefined, word);
    const body = text.slice(2);
    const at = body.indexOf('=');
    const name = at < 0 ? body : body.slice(0, at);
    const value = at < 0 ? undefined : body.slice(at + 1);
    const type = defs.get(name);
    if (type === undefined) return fail(messages.unknown(name), name, word);
    if (type !== 'strings' && values?.has(name)) return fail(messages.duplicate(name), name, word);
    if (type === 'bool') {
      if (value === '') return fail(messages.missingValue(name), name, word);
      const lower = (value ?? 'true').toLowerCase();
      if (lower !== 'true' && lower !== 'false') return fail(messages.notBoolean(name, value ?? ''), name, word);
      (values ??= new Map()).set(name, lower);
    } else if (value === undefined) {
      return fail(messages.missingValue(name), name, word);
    } else if (type === 'string') {
      (values ??= new Map()).set(name, value);
    } else {
      lists ??= new Map();
      const list = lists.get(name);
      if (list === undefined) lists.set(name, [value]);
      else list.push(value);
    }
  }
  return { ok: true, values: values ?? NO_VALUES, lists: lists ?? NO_LISTS };
}
