/** Word expansion for rules: a thin adapter over the shell lexer (BuildKit frontend/dockerfile/shell/lex.go). */
import { processWord } from '../../shell/index.ts';
import type { EnvGetter } from '../../shell/index.ts';
import { isNameChar } from './text.ts';

/** Result of expanding one word: the text plus which variables were found and which were not. */
export interface Expansion {
  readonly result: string;
  readonly matched: ReadonlySet<string>;
  readonly unmatched: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

// Words without `$` expand the same in every environment (only quotes and escapes change), so they are cached.
const literalCache = new Map<string, Expansion>();
const literalCacheTick = new Map<string, Expansion>();

/** The lexer lookup of a map (a class with shared methods rather than closures per map, which V8 kept re-optimising). */
class MapGetter implements EnvGetter {
  readonly #env: ReadonlyMap<string, string>;

  constructor(env: ReadonlyMap<string, string>) {
    this.#env = env;
  }

  get(name: string): string | undefined {
    return this.#env.get(name);
  }

  keys(): readonly string[] {
    return [...this.#env.keys()];
  }
}

let lastEnv: ReadonlyMap<string, string> | undefined;
let lastGetter: EnvGetter | undefined;

// Rules expand many words against the same map in a row, so the last getter is reused.
function getter(env: ReadonlyMap<string, string>): EnvGetter {
  if (env !== lastEnv || !lastGetter) {
    lastEnv = env;
    lastGetter = new MapGetter(env);
  }
  return lastGetter;
}

/** Expands variables in `word` from `env`; a word the lexer rejects comes back unchanged. */
export function expandWord(word: string, env: ReadonlyMap<string, string>, escapeToken: '\\' | '`' = '\\'): Expansion {
  // Fast path: nothing to expand, unquote or unescape.
  if (!word.includes('$') && !word.includes('"') && !word.includes("'") && !word.includes(escapeToken)) return { result: word, matched: NONE, unmatched: NONE };
  const literal = !word.includes('$');
  if (literal) {
    const hit = (escapeToken === '\\' ? literalCache : literalCacheTick).get(word);
    if (hit) return hit;
  }
  const r = processWord(word, getter(env), { escapeToken });
  const out: Expansion = r.ok ? { result: r.value, matched: r.matched, unmatched: r.unmatched } : { result: word, matched: NONE, unmatched: NONE };
  if (literal) {
    const cache = escapeToken === '\\' ? literalCache : literalCacheTick;
    if (cache.size > 4096) cache.clear();
    cache.set(word, out);
  }
  return out;
}

/** Names of variables referenced in shell text (`$NAME` or `${NAME`), without expanding. */
export function referencedVars(text: string): string[] {
  const names: string[] = [];
  for (let i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i)) {
    let start = i + 1;
    if (text.charCodeAt(start) === 0x7b && isNameChar(text.charCodeAt(start + 1), false)) start += 1;
    else if (!isNameChar(text.charCodeAt(start), false)) {
      i += 1;
      continue;
    }
    let end = start + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end), true)) end += 1;
    names.push(text.slice(start, end));
    i = end;
  }
  return names;
}
