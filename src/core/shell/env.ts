// Tracks BuildKit frontend/dockerfile/shell/equal_env_unix.go, equal_env_windows.go and EnvsFromSlice in lex.go
/** Environment lookups for the lexer: case-sensitive on Linux, case-insensitive on Windows. */
import type { EnvGetter } from './types.ts';

/** The platform rule for environment names: Linux compares exactly, Windows ignores case. */
export type EnvCase = 'linux' | 'windows';

/** NormalizeEnvKey: identity on Linux, upper case (rune by rune, like Go's strings.ToUpper) on Windows. */
export function normalizeEnvKey(key: string, envCase: EnvCase = 'linux'): string {
  if (envCase === 'linux') return key;
  let out = '';
  for (const ch of key) {
    const upper = ch.toUpperCase();
    out += [...upper].length === 1 ? upper : ch;
  }
  return out;
}

/** EqualEnvKeys: whether two environment names are the same name on the platform. */
export function equalEnvKeys(from: string, to: string, envCase: EnvCase = 'linux'): boolean {
  return normalizeEnvKey(from, envCase) === normalizeEnvKey(to, envCase);
}

function fromPairs(pairs: ReadonlyArray<readonly [string, string]>, envCase: EnvCase): EnvGetter {
  const values = new Map<string, string>();
  const keys: string[] = [];
  for (const [key, value] of pairs) {
    keys.push(key);
    values.set(normalizeEnvKey(key, envCase), value);
  }
  return {
    get: (name) => values.get(normalizeEnvKey(name, envCase)),
    keys: () => keys,
  };
}

/** An EnvGetter over a plain record of name → value. */
export function envFromRecord(record: Readonly<Record<string, string>>, envCase: EnvCase = 'linux'): EnvGetter {
  return fromPairs(Object.entries(record), envCase);
}

/** EnvsFromSlice: an EnvGetter over `NAME=value` strings; a later duplicate wins, `NAME` alone is set and empty. */
export function envFromSlice(entries: readonly string[], envCase: EnvCase = 'linux'): EnvGetter {
  return fromPairs(
    entries.map((entry) => {
      const at = entry.indexOf('=');
      return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
    }),
    envCase,
  );
}
