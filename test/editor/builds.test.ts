import { describe, expect, it } from 'vitest';
import { compareBuilds, emptyHistory, lastBuild, maxBuilds, recordBuild, cacheInputs, type BuildRecord } from '../../src/editor/state/builds.ts';
import { defaultSettings } from '../../src/editor/protocol.ts';

function build(files: Record<string, string>, steps: BuildRecord['steps'], warm: number): Omit<BuildRecord, 'id'> {
  return { at: 0, files, settings: defaultSettings, steps, estimate: { coldSeconds: 60, warmSeconds: warm, imageBytes: 1000 } };
}

describe('build history', () => {
  it('numbers builds and keeps only the newest', () => {
    let h = emptyHistory;
    for (let i = 0; i < maxBuilds + 3; i++) h = recordBuild(h, build({ n: String(i) }, [], i));
    expect(h.builds.length).toBe(maxBuilds);
    expect(lastBuild(h)?.id).toBe(maxBuilds + 3);
    expect(cacheInputs(h)[0]?.files).toEqual({ n: '3' });
  });
  it('compares two builds step by step', () => {
    let h = recordBuild(emptyHistory, build({ 'main.go': 'a' }, [
      { name: '[2/4] RUN go mod download', verdict: 'run', reason: 'first build' },
      { name: '[4/4] RUN go build', verdict: 'run', reason: 'first build' },
    ], 60));
    h = recordBuild(h, build({ 'main.go': 'b', 'x.go': '' }, [
      { name: '[2/4] RUN go mod download', verdict: 'cached', reason: 'same' },
      { name: '[4/4] RUN go build', verdict: 'run', reason: 'main.go changed' },
      { name: '[5/5] RUN go vet', verdict: 'run', reason: 'new' },
    ], 20));
    const [a, b] = h.builds;
    const cmp = compareBuilds(a!, b!);
    expect(cmp.steps).toEqual([
      { name: '[2/4] RUN go mod download', a: 'run', b: 'cached', changed: true },
      { name: '[4/4] RUN go build', a: 'run', b: 'run', changed: false },
      { name: '[5/5] RUN go vet', a: null, b: 'run', changed: true },
    ]);
    expect(cmp.changedFiles).toEqual(['main.go', 'x.go']);
    expect(cmp.warmDelta).toBe(-40);
  });
});
