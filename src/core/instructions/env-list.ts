// Tracks BuildKit client/llb/meta.go (EnvList.AddOrReplace)
/** The ordered environment of an LLB state: setting a name moves it to the end. */
import type { EnvGetter } from '../shell/index.ts';
import type { EnvEntry, EnvOrigin } from './types.ts';

/**
 * An environment entry. Every entry is made here, with the same three fields in the same order: lists mix entries
 * from images, ENV, ARG and meta args, and one object shape keeps the code that reads them monomorphic (entries of
 * two shapes made V8 drop its optimised env lookups again and again).
 */
export function envEntry(key: string, value: string, origin: EnvOrigin | undefined): EnvEntry {
  return { key, value, origin };
}

/** AddOrReplace: drop the name, then append it with the new value (and, in stage states, what set it). */
export function addOrReplace(env: readonly EnvEntry[], key: string, value: string, origin?: EnvOrigin): EnvEntry[] {
  const out = env.filter((e) => e.key !== key);
  out.push(envEntry(key, value, origin));
  return out;
}

/** `NAME=value` strings (the form BuildKit keeps in image configs and ExecOp env). */
export function envStrings(env: readonly EnvEntry[]): string[] {
  return env.map((e) => `${e.key}=${e.value}`);
}

/** Lists up to this long are searched in place; longer ones get a map. */
const SCAN_LIMIT = 24;

/**
 * A lexer lookup over an environment list: EnvsFromSlice semantics (a later duplicate wins). Short lists (the usual
 * case) are scanned from the end, where a later duplicate wins; a longer list gets its map on the first lookup.
 * A class, not closures: one shared `get` whose optimised code V8 keeps, where a closure per list was dropped again
 * and again as new lists came.
 */
class EnvListGetter implements EnvGetter {
  readonly #env: readonly EnvEntry[];
  #values: Map<string, string> | undefined;
  #keys: string[] | undefined;

  constructor(env: readonly EnvEntry[]) {
    this.#env = env;
  }

  get(name: string): string | undefined {
    const env = this.#env;
    if (env.length <= SCAN_LIMIT) {
      for (let i = env.length - 1; i >= 0; i--) if (env[i]!.key === name) return env[i]!.value;
      return undefined;
    }
    if (this.#values === undefined) {
      const values = new Map<string, string>();
      for (const e of env) values.set(e.key, e.value);
      this.#values = values;
    }
    return this.#values.get(name);
  }

  keys(): readonly string[] {
    return (this.#keys ??= this.#env.map((e) => e.key));
  }
}

// Consecutive expansions mostly read the same list (an instruction's words, instructions that set nothing), so the last getter is kept.
let lastList: readonly EnvEntry[] | undefined;
let lastGetter: EnvGetter | undefined;

/** The lexer lookup of an environment list (lists are never changed in place, so reusing the getter of the same list is safe). */
export function envGetter(env: readonly EnvEntry[]): EnvGetter {
  if (env === lastList && lastGetter !== undefined) return lastGetter;
  lastList = env;
  return (lastGetter = new EnvListGetter(env));
}

/** Splits `NAME=value` (a name alone is an empty value). */
export function parseKeyValue(entry: string, origin?: EnvOrigin): EnvEntry {
  const at = entry.indexOf('=');
  return at < 0 ? envEntry(entry, '', origin) : envEntry(entry.slice(0, at), entry.slice(at + 1), origin);
}
