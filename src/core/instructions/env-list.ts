// Tracks BuildKit client/llb/meta.go (EnvList.AddOrReplace)
/** The ordered environment of an LLB state: setting a name moves it to the end. */
import { envFromSlice } from '../shell/index.ts';
import type { EnvGetter } from '../shell/index.ts';
import type { EnvEntry } from './types.ts';

/** AddOrReplace: drop the name, then append it with the new value. */
export function addOrReplace(env: readonly EnvEntry[], key: string, value: string): EnvEntry[] {
  return [...env.filter((e) => e.key !== key), { key, value }];
}

/** `NAME=value` strings (the form BuildKit keeps in image configs and ExecOp env). */
export function envStrings(env: readonly EnvEntry[]): string[] {
  return env.map((e) => `${e.key}=${e.value}`);
}

/** A lexer lookup over an environment list. */
export function envGetter(env: readonly EnvEntry[]): EnvGetter {
  return envFromSlice(envStrings(env));
}

/** Splits `NAME=value` (a name alone is an empty value). */
export function parseKeyValue(entry: string): EnvEntry {
  const at = entry.indexOf('=');
  return at < 0 ? { key: entry, value: '' } : { key: entry.slice(0, at), value: entry.slice(at + 1) };
}
