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
      readonly flags: readonly ParsedFlag[];
      readonly values: ReadonlyMap<string, string>;
      readonly lists: ReadonlyMap<string, readonly string[]>;
      readonly used: ReadonlySet<string>;
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

const NO_FLAGS: FlagParse = { ok: true, flags: [], values: new Map(), lists: new Map(), used: new Set() };

/** BFlags.Parse: every word must be a known flag of the right type; `--` ends the flags. */
export function parseFlags(
  words: readonly Word[],
  defs: Readonly<Record<string, FlagType>>,
  messages: FlagMessages,
): FlagParse {
  // Most instructions have no flags: one shared, read-only answer.
  if (words.length === 0) return NO_FLAGS;
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const used = new Set<string>();
  const fail = (error: string, flag: string | undefined, word: Word) => ({ ok: false, error, flag, word }) as const;
  for (const word of words) {
    const text = word.value;
    if (text === '--') break;
    if (!text.startsWith('--')) return fail(messages.notFlag(text), undefined, word);
    const body = text.slice(2);
    const at = body.indexOf('=');
    const name = at < 0 ? body : body.slice(0, at);
    const value = at < 0 ? undefined : body.slice(at + 1);
    const type = Object.hasOwn(defs, name) ? defs[name] : undefined;
    if (type === undefined) return fail(messages.unknown(name), name, word);
    if (used.has(name) && type !== 'strings') return fail(messages.duplicate(name), name, word);
    used.add(name);
    if (type === 'bool') {
      if (value === '') return fail(messages.missingValue(name), name, word);
      const lower = (value ?? 'true').toLowerCase();
      if (lower !== 'true' && lower !== 'false') return fail(messages.notBoolean(name, value ?? ''), name, word);
      values.set(name, lower);
    } else if (value === undefined) {
      return fail(messages.missingValue(name), name, word);
    } else if (type === 'string') {
      values.set(name, value);
    } else {
      lists.set(name, [...(lists.get(name) ?? []), value]);
    }
  }
  return { ok: true, flags: splitFlags(words), values, lists, used };
}
