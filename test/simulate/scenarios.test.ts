import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/core/simulate/scenario.ts';

const root = new URL('../../', import.meta.url).pathname;
const sources = [join(root, '../shared/scenarios'), join(root, 'test/fixtures/scenarios')];
const engines = ['v0.8', 'modern'] as const;

function scenarioFiles(engine: string): string[] {
  return sources.flatMap((base) => {
    const dir = join(base, engine);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)) : [];
  });
}

describe.each(engines)('recorded scenarios on %s', (engine) => {
  const files = scenarioFiles(engine);
  it('has recordings to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });
  it.each(files.map((f) => [f.slice(root.length - 1).replace(/^\//, ''), f]))('%s: every step of every build matches', (_label, file) => {
    const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')), file);
    const run = runScenario(scenario, engine);
    const mismatches = run.builds.flatMap((b, i) => b.mismatches.map((m) => ({ build: i, ...m, errors: b.result.errors })));
    expect(mismatches).toEqual([]);
  });
  it('is 100% accurate over all steps and builds', () => {
    let steps = 0;
    let correct = 0;
    for (const file of files) {
      const run = runScenario(parseScenario(JSON.parse(readFileSync(file, 'utf8')), file), engine);
      for (const b of run.builds) {
        steps += b.total;
        correct += b.correct;
      }
    }
    expect(steps).toBeGreaterThan(800);
    expect(correct).toBe(steps);
  });
});
