import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStepsFixture } from './fixture-runner.ts';

const root = new URL('../fixtures/graph/', import.meta.url).pathname;

describe('golden step-name fixtures (layerlab debug steps)', () => {
  const cases = readdirSync(root).sort();
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  for (const name of cases) {
    it(name, async () => {
      const expected = readFileSync(join(root, name, 'expected'), 'utf8');
      expect(await runStepsFixture(join(root, name))).toBe(expected);
    });
  }
});
