// Every shared scenario (../shared/scenarios/{v0.8,modern}) replayed through POST /v1/builds over real HTTP
// gives exactly the recorded steps (sameVertex-aware). Needs the real engines (LAYERLAB_ENGINES=1, scripts/test-server.sh).
// Scenarios of one engine run one after another (a session owns its engine's cache); the two engines run side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, enginesUp, postBuild, scenarioRequests, sharedScenarios, testServer, type Scenario, type TestServer } from './helpers.ts';

type Outcome = { builds: { status: number; result: any }[]; ms: number };
const engines = ['v0.8', 'modern'] as const;
let server: TestServer;
const outcomes = new Map<string, Promise<Outcome>>();
const stats = { builds: 0, predictedSteps: 0, predictionMismatches: 0 };

async function replay(sc: Scenario, engine: string): Promise<Outcome> {
  const t0 = Date.now();
  const builds: Outcome['builds'] = [];
  for (const body of scenarioRequests(sc, `replay-${engine}-${sc.name}`, engine)) {
    const r = await postBuild(server, body);
    builds.push({ status: r.status, result: r.result });
    if (!r.result?.ok) break;
  }
  return { builds, ms: Date.now() - t0 };
}

describe.skipIf(!enginesUp)('shared scenarios through the server', () => {
  const byEngine = Object.fromEntries(engines.map((e) => [e, enginesUp ? sharedScenarios(e) : []]));
  beforeAll(async () => {
    server = await testServer({ limits: { maxQueue: 100 } });
    for (const engine of engines) {
      let chain: Promise<unknown> = Promise.resolve();
      for (const sc of byEngine[engine]!) {
        const p = chain.then(() => replay(sc, engine));
        outcomes.set(`${engine}/${sc.name}`, p);
        chain = p.catch(() => undefined);
      }
    }
  });
  afterAll(async () => {
    process.stderr.write(`server replay: ${stats.builds} builds; prediction matched ${stats.predictedSteps - stats.predictionMismatches}/${stats.predictedSteps} real steps\n`);
    await server?.close();
  });
  for (const engine of engines) {
    for (const sc of byEngine[engine]!) {
      it(`${engine} ${sc.name}: real steps equal the recording`, async () => {
        const out = await outcomes.get(`${engine}/${sc.name}`)!;
        expect(out.builds.length).toBe(sc.builds.length);
        out.builds.forEach((b, i) => {
          expect(b.status).toBe(200);
          expect(b.result.error).toBeNull();
          expect(b.result.build).toBe(i);
          expect(canonical(sc, b.result.steps), `build ${i}`).toEqual(canonical(sc, sc.builds[i]!.steps));
          stats.builds++;
          stats.predictedSteps += b.result.comparison.filter((r: any) => r.real !== null).length;
          stats.predictionMismatches += b.result.comparison.filter((r: any) => r.real !== null && !r.match).length;
        });
      }, 600_000);
    }
  }
});
