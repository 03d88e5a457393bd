/** Minimal go.mod reader: module path, `go` and `toolchain` directives. */

/** What rules need from go.mod. */
export interface GoMod {
  readonly module: string | undefined;
  readonly go: string | undefined;
  readonly toolchain: string | undefined;
  readonly requires: readonly string[];
}

/** Reads the directives rules use; tolerant of anything else. */
export function parseGoMod(text: string): GoMod {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\/\/.*$/, '').trim());
  const directive = (name: string) => lines.find((l) => l.startsWith(name + ' '))?.slice(name.length + 1).trim();
  const requires: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^require\s*\($/.test(line)) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else if (inBlock && line) requires.push(line.split(/\s+/)[0]!);
    else if (line.startsWith('require ')) requires.push(line.split(/\s+/)[1]!);
  }
  return { module: directive('module'), go: directive('go'), toolchain: directive('toolchain'), requires };
}

/** Compares dotted versions ("1.22", "1.22.3"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
