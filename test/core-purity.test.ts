import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreRoot = new URL('../src/core/', import.meta.url).pathname;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listSourceFiles(path) : /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const forbiddenImport = /(?:from\s+|import\s*\(\s*|import\s+)['"](node:[^'"]+|astro(?::[^'"]*)?|monaco-editor[^'"]*|fs|path|child_process|crypto|os|url|buffer)['"]/g;
const domGlobals = /\b(?:window|document|navigator|localStorage|sessionStorage|HTMLElement|Buffer|process)\s*[.[(]/g;

/** Strips comments and string literals so doc text never counts as an import or a global. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/`(?:\\.|[^`\\])*`/g, '``');
}

describe('src/core stays pure', () => {
  const files = listSourceFiles(coreRoot);
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`${relative(coreRoot, file)} imports no node:, astro, monaco-editor and uses no DOM or Node globals`, () => {
      const source = readFileSync(file, 'utf8');
      const imports = [...source.matchAll(forbiddenImport)].map((m) => m[1]);
      expect(imports).toEqual([]);
      const globals = [...codeOnly(source).matchAll(domGlobals)].map((m) => m[0]);
      expect(globals).toEqual([]);
    });
  }
});
