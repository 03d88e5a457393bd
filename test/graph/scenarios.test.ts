import { describe, expect, it } from 'vitest';
import type { EngineId } from '../../src/core/engines/index.ts';
import { buildStepGraph, printedStepNames } from '../../src/core/graph/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import type { Problem } from '../../src/core/syntax/index.ts';
import { canonical, loadCorpus, teamCorpusDir } from './scenario-corpus.ts';
import type { ScenarioBuild } from './scenario-corpus.ts';

/** The step names our graph prints for a recorded build, and the first error when the engine rejects it. */
function ours(engine: EngineId, b: ScenarioBuild): { names: string[]; error: Problem | undefined } {
  const tree = parseDockerfile(b.dockerfile);
  const graph = buildStepGraph(toStages(tree, { engine, target: b.target, buildArgs: b.buildArgs }));
  const error = [...tree.problems, ...graph.problems].find((p) => p.severity === 'error');
  return { names: error === undefined ? printedStepNames(graph) : [], error };
}

/** BuildKit's own words of our message (without the hint we add about newer frontends). */
const buildkitPart = (message: string): string => message.replace(/ \((?:heredocs need|[A-Z]+ --[a-z-]+ is not in) .*\)$/, '');

/** An error raised while a step executed (the Dockerfile itself was accepted), as opposed to a frontend rejection. */
const isExecutionError = (error: string): boolean => /\b(?:lstat|no such file or directory|did not complete successfully|exit code)\b/.test(error);

function checkBuild(engine: EngineId, b: ScenarioBuild): void {
  const got = ours(engine, b);
  if (b.error !== undefined && isExecutionError(b.error)) {
    // The graph accepts the file; BuildKit printed only the steps that finished before the failing one.
    expect(got.error).toBeUndefined();
    const printed = new Set(canonical(got.names, b.sameVertex));
    for (const name of canonical(b.steps, b.sameVertex)) expect(printed.has(name), name).toBe(true);
    return;
  }
  if (b.error !== undefined && b.steps.length === 0) {
    expect(got.error, 'BuildKit rejected this Dockerfile').toBeDefined();
    expect(b.error).toContain(buildkitPart(got.error?.message ?? ''));
    const line = /line (\d+):/.exec(b.error)?.[1];
    if (line !== undefined) expect(String((got.error?.range.start.line ?? -1) + 1)).toBe(line);
    return;
  }
  expect(got.error).toBeUndefined();
  expect(canonical(got.names, b.sameVertex)).toEqual(canonical(b.steps, b.sameVertex));
  // The modern engine names a merged vertex deterministically (the last-marshalled occurrence).
  if (engine === 'modern') expect([...got.names].sort()).toEqual([...b.steps].sort());
}

for (const engine of ['v0.8', 'modern'] as const) {
  for (const [corpus, builds] of [['shared', loadCorpus(engine)], ['layerlab', loadCorpus(engine, teamCorpusDir(engine))]] as const) {
    describe(`recorded scenarios (${corpus} corpus), ${engine}`, () => {
      it('has recordings to check', () => {
        expect(builds.length).toBeGreaterThan(0);
      });
      for (const b of builds) {
        it(`${b.scenario} build ${b.build}: the graph prints exactly the recorded step names (or rejects as BuildKit did)`, () => {
          checkBuild(engine, b);
        });
      }
    });
  }
}
