import { describe, expect, it } from 'vitest';
import { buildStepGraph, printedStepNames } from '../../src/core/graph/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import type { EngineId } from '../../src/core/engines/index.ts';
import { canonical, loadCorpus } from './scenario-corpus.ts';

/** The step names our graph prints for a recorded build. */
function ourSteps(engine: EngineId, dockerfile: string, target: string | undefined, buildArgs: Readonly<Record<string, string>>): string[] {
  const stages = toStages(parseDockerfile(dockerfile), { engine, target, buildArgs });
  return printedStepNames(buildStepGraph(stages));
}

for (const engine of ['v0.8', 'modern'] as const) {
  describe(`recorded scenarios, ${engine}`, () => {
    const builds = loadCorpus(engine);
    it('has recordings to check', () => {
      expect(builds.length).toBeGreaterThan(0);
    });
    for (const b of builds) {
      it(`${b.scenario} build ${b.build}: the graph prints exactly the recorded step names`, () => {
        const got = ourSteps(engine, b.dockerfile, b.target, b.buildArgs);
        expect(canonical(got, b.sameVertex)).toEqual(canonical(b.steps, b.sameVertex));
        // The modern engine names a merged vertex deterministically (the last-marshalled occurrence).
        if (engine === 'modern') expect([...got].sort()).toEqual([...b.steps].sort());
      });
    }
  });
}
