import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpTree, parseDockerfile } from '../../src/core/syntax/index.ts';
import { allRanges, sliceRange } from './helpers.ts';

const root = new URL('../fixtures/syntax/', import.meta.url).pathname;
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'Dockerfile'))).sort();

function read(dir: string, file: string): string | undefined {
  const path = join(root, dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

describe('syntax golden fixtures (BuildKit Node.Dump format)', () => {
  it('has at least 40 cases, each with an expected dump or an error', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const dir of cases) expect([read(dir, 'expected'), read(dir, 'error')].filter(Boolean)).toHaveLength(1);
  });

  for (const dir of cases) {
    it(dir, () => {
      const text = read(dir, 'Dockerfile') ?? '';
      const tree = parseDockerfile(text);
      const firstError = tree.problems.find((p) => p.severity === 'error');
      const expectedError = read(dir, 'error');
      if (expectedError !== undefined) {
        expect(firstError?.message).toBe(expectedError.replace(/\n$/, ''));
      } else {
        expect(firstError).toBeUndefined();
        expect(dumpTree(tree)).toBe(read(dir, 'expected'));
      }
      const warnings = tree.problems.filter((p) => p.severity === 'warning').map((w) => `${w.code}: ${w.message}\n`);
      expect(warnings.join('')).toBe(read(dir, 'warnings') ?? '');
      for (const range of allRanges(tree)) expect(sliceRange(text, range)).toBeDefined();
    });
  }
});
