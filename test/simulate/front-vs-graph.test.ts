import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStepGraph, printedStepNames } from '../../src/core/graph/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';
import { engineProfile } from '../../src/core/simulate/front/engine.ts';
import { planBuild } from '../../src/core/simulate/front/plan.ts';
import { applyBuild, canonicalName, initialContext, parseScenario } from '../../src/core/simulate/scenario.ts';

// The simulator plans steps with its own adapter (src/core/simulate/front); this keeps it in step with the
// shared pipeline (syntax → instructions → graph): same printed names, same builds rejected.
const root = new URL('../../', import.meta.url).pathname;
const dirs = ['../shared/scenarios', 'test/fixtures/scenarios'].flatMap((b) => (['v0.8', 'modern'] as const).map((e) => [join(root, b, e), e] as const));

describe('simulator front agrees with the shared step graph', () => {
  for (const [dir, engine] of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      it(`${engine} ${file}`, () => {
        const s = parseScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
        const ctx = initialContext(s);
        s.builds.forEach((b, i) => {
          applyBuild(ctx, b, i === 0);
          const entry = ctx.files.get(b.dockerfile ?? 'Dockerfile');
          const text = entry?.kind === 'file' ? entry.content : '';
          const tree = parseDockerfile(text);
          const graph = buildStepGraph(toStages(tree, { engine, target: b.target, buildArgs: b.buildArgs ?? {} }));
          const graphFails = [...tree.problems, ...graph.problems].some((p) => p.severity === 'error');
          const plan = planBuild({ dockerfile: text, buildArgs: b.buildArgs ?? {}, target: b.target, engine: engineProfile(engine) });
          expect({ build: i, fails: plan.errors.length > 0 }).toEqual({ build: i, fails: graphFails });
          if (graphFails) return;
          const canon = (names: Iterable<string>) => [...new Set([...names].map((n) => canonicalName(s, n)))].sort();
          expect(canon(plan.steps.map((x) => x.name))).toEqual(canon(printedStepNames(graph)));
        });
      });
    }
  }
});
