import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineId } from '../../src/core/engines/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { dumpStages } from './dump.ts';

const root = new URL('../fixtures/instructions/', import.meta.url).pathname;

/** Reads `args` (`--engine E`, `--target T`, `--build-arg K=V`) of a fixture. */
export function fixtureOptions(dir: string): { engine?: EngineId; target?: string; buildArgs: Record<string, string> } {
  const words = existsSync(join(dir, 'args')) ? readFileSync(join(dir, 'args'), 'utf8').split(/\s+/).filter((w) => w !== '') : [];
  const out: { engine?: EngineId; target?: string; buildArgs: Record<string, string> } = { buildArgs: {} };
  for (let i = 0; i < words.length; i += 2) {
    const [flag, value = ''] = [words[i], words[i + 1]];
    if (flag === '--engine') out.engine = value as EngineId;
    if (flag === '--target') out.target = value;
    if (flag === '--build-arg') out.buildArgs[value.slice(0, value.indexOf('='))] = value.slice(value.indexOf('=') + 1);
  }
  return out;
}

/** The dump of a fixture folder's Dockerfile. */
export function dumpFixture(dir: string): string {
  return dumpStages(toStages(parseDockerfile(readFileSync(join(dir, 'Dockerfile'), 'utf8')), fixtureOptions(dir)));
}

describe('golden instruction fixtures (toStages dump)', () => {
  const cases = readdirSync(root).sort();
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(2);
  });
  for (const name of cases) {
    it(name, () => {
      expect(dumpFixture(join(root, name))).toBe(readFileSync(join(root, name, 'expected'), 'utf8'));
    });
  }
});
