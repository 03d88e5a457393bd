/** The corpus of real Dockerfiles (test/fixtures/corpus) with their .dockerignore and go.mod sidecars. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { CheckInput } from '../../src/core/rules/index.ts';

/** Where the corpus lives. */
export const CORPUS_DIR = new URL('../fixtures/corpus/', import.meta.url).pathname;

const sidecar = (base: string, ext: string) => (existsSync(CORPUS_DIR + base + ext) ? readFileSync(CORPUS_DIR + base + ext, 'utf8') : null);

/** Every corpus file as a check input. */
export function corpusInputs(): { readonly name: string; readonly input: CheckInput }[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.Dockerfile')).sort().map((name) => {
    const base = name.replace(/\.Dockerfile$/, '');
    return { name, input: { text: readFileSync(CORPUS_DIR + name, 'utf8'), path: name, context: { dockerignore: sidecar(base, '.dockerignore'), goMod: sidecar(base, '.go.mod') } } };
  });
}
