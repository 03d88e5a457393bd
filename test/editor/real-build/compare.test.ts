import { describe, expect, it } from 'vitest';
import type { BuildEvent, BuildResultData } from '../../../src/server/sse.ts';
import { compareView } from '../../../src/editor/real-build/compare.ts';
import { applyEvent, interrupted, waiting, type BuildProgress } from '../../../src/editor/real-build/progress.ts';
import type { PlannedBuild } from '../../../src/editor/real-build/request.ts';

const planned: PlannedBuild = {
  label: 'Build #2',
  body: { session: 's', engine: 'modern', files: {}, dockerfile: 'Dockerfile', buildArgs: {}, noCache: false },
  predicted: [
    { name: '[build 2/3] COPY go.mod ./', verdict: 'cached', reason: 'go.mod did not change' },
    { name: '[build 3/3] RUN go build', verdict: 'cached', reason: 'its inputs did not change.' },
    { name: '[test 2/2] RUN go test', verdict: 'skipped', reason: 'not needed by the target' },
  ],
};
const step = (name: string, status: 'started' | 'cached' | 'done' | 'error'): BuildEvent => ({ event: 'step', data: { vertex: '1', name, step: true, status, line: `#1 ${status}` } });
const result = (over: Partial<BuildResultData>): BuildEvent => ({ event: 'result', data: { ok: true, error: null, session: 's', engine: 'modern', build: 1, steps: {}, predicted: {}, comparison: [], mismatches: 0, durationMs: 5, log: '#1 x\n#2 y', ...over } });
const fold = (events: readonly BuildEvent[]): BuildProgress => events.reduce(applyEvent, waiting(planned));

describe('prediction beside reality', () => {
  it('shows steps live, then settles them with the result; every step matching', () => {
    const live = fold([{ event: 'start', data: { session: 's', engine: 'modern', build: 1, cacheReset: null } }, step('[build 2/3] COPY go.mod ./', 'started'), step('[build 2/3] COPY go.mod ./', 'cached'), step('[build 3/3] RUN go build', 'started')]);
    const mid = compareView(live);
    expect(mid.rows.map((r) => [r.step, r.real, r.status])).toEqual([
      ['[build 2/3] COPY go.mod ./', 'cached', 'match'],
      ['[build 3/3] RUN go build', 'started', 'pending'],
    ]);
    expect(mid.summary).toBe('Build #2: BuildKit is running (1 of 2 steps done).');
    const done = compareView(applyEvent(applyEvent(live, step('[build 3/3] RUN go build', 'cached')), result({ steps: { '[build 2/3] COPY go.mod ./': 'cached', '[build 3/3] RUN go build': 'cached' } })));
    expect(done.mismatches).toBe(0);
    expect(done.rows.every((r) => r.status === 'match')).toBe(true);
    expect(done.summary).toBe('Build #2: every step matched the prediction (2 steps).');
  });

  it('explains a mismatch with the cause chain and notes when the server predicted otherwise', () => {
    const p = fold([
      { event: 'predicted', data: { steps: { '[build 3/3] RUN go build': 'run' }, errors: [] } },
      step('[build 2/3] COPY go.mod ./', 'cached'), step('[build 3/3] RUN go build', 'done'),
      result({ steps: { '[build 2/3] COPY go.mod ./': 'cached', '[build 3/3] RUN go build': 'run' } }),
    ]);
    const v = compareView(p);
    expect(v.mismatches).toBe(1);
    const bad = v.rows.find((r) => r.status === 'mismatch')!;
    expect(bad.step).toBe('[build 3/3] RUN go build');
    expect(bad.explanation).toContain('Layerlab expected CACHED (its inputs did not change), but BuildKit ran it.');
    expect(bad.explanation).toContain("server's simulator");
    expect(v.summary).toBe('Build #2: 1 of 2 steps differ from the prediction.');
  });

  it('counts a predicted step BuildKit never printed, and matches a deduplicated vertex printed under another stage', () => {
    const other = { ...planned, predicted: [...planned.predicted, { name: '[lint 2/2] COPY go.mod ./', verdict: 'cached' as const, reason: 'same' }] };
    const p = [step('[lint 2/2] COPY go.mod ./', 'cached'), result({ steps: { '[lint 2/2] COPY go.mod ./': 'cached' } })].reduce(applyEvent, waiting({ ...other, predicted: other.predicted.filter((s) => s.name !== '[lint 2/2] COPY go.mod ./') }));
    const v = compareView(p);
    expect(v.rows.map((r) => [r.step, r.predicted, r.real, r.status])).toEqual([
      ['[lint 2/2] COPY go.mod ./', 'cached', 'cached', 'match'],
      ['[build 3/3] RUN go build', 'cached', null, 'mismatch'],
    ]);
    expect(v.rows[1]!.explanation).toContain('did not print this step');
  });

  it('a failed or canceled build leaves unbuilt steps neutral, and takes the whole log from the result', () => {
    const failed = fold([step('[build 2/3] COPY go.mod ./', 'cached'), result({ ok: false, error: 'the build failed (docker exit code 1)', steps: { '[build 2/3] COPY go.mod ./': 'cached' } })]);
    expect(failed.phase).toBe('failed');
    expect(failed.log).toEqual(['#1 x', '#2 y']);
    const v = compareView(failed);
    expect(v.rows.map((r) => r.status)).toEqual(['match', 'not-built']);
    expect(v.summary).toBe('Build #2: the build failed (docker exit code 1).');
    const stopped = interrupted(fold([step('[build 2/3] COPY go.mod ./', 'started')]), 'canceled', true);
    expect(stopped.phase).toBe('canceled');
    expect(compareView(stopped).rows.map((r) => r.status)).toEqual(['not-built', 'not-built']);
  });
});
