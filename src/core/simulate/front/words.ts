/** Splits instruction arguments into words on unquoted whitespace (quotes kept for the lexer). */
export function splitWords(text: string, escape = '\\'): string[] {
  const words: string[] = [];
  let current = '';
  let quote = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === '' && /\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
      continue;
    }
    inWord = true;
    current += ch;
    if (ch === escape && quote !== "'" && i + 1 < text.length) {
      current += text[++i];
    } else if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
  }
  if (inWord) words.push(current);
  return words;
}

/** Splits a `key=value,key2=value2` flag value (BuildKit's csv reader; quotes around values removed). */
export function splitCsv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      continue;
    }
    if (ch === ',' && !quoted) {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    if (key !== '') out.set(key, eq < 0 ? '' : field.slice(eq + 1));
  }
  return out;
}

/** Reads `--name=value` / `--name` flags into a map (last one wins; repeated flags kept in `all`). */
export function readFlags(flags: readonly string[]): { readonly get: (name: string) => string | undefined; readonly all: (name: string) => string[] } {
  const pairs = flags.map((f) => {
    const body = f.replace(/^--/, '');
    const eq = body.indexOf('=');
    return eq < 0 ? ([body.toLowerCase(), 'true'] as const) : ([body.slice(0, eq).toLowerCase(), body.slice(eq + 1)] as const);
  });
  return {
    get: (name) => pairs.filter(([k]) => k === name).pop()?.[1],
    all: (name) => pairs.filter(([k]) => k === name).map(([, v]) => v),
  };
}
