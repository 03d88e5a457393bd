import { describe, expect, it } from 'vitest';
import { renderPlainLog } from '../../src/editor/plain-log.ts';
import { packLanes, placeStages } from '../../src/editor/estimates.ts';
import type { StageView, StepView } from '../../src/editor/protocol.ts';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const stage = (name: string, index: number, base: string, deps: number[] = []): StageView => ({ name, index, base, deps, lane: 0, start: 0, end: 1, critical: false, used: true });
const step = (name: string, stageName: string, verdict: StepView['verdict'], seconds = 2): StepView => ({ name, stage: stageName, verdict, causes: [], range, seconds });

describe('plain progress log', () => {
  const log = renderPlainLog({
    dockerfile: 'Dockerfile', dockerfileBytes: 120, contextBytes: 2400,
    stages: [stage('builder', 0, 'golang:1.22-alpine'), stage('stage-1', 1, 'gcr.io/distroless/static-debian12')],
    steps: [step('[builder 2/3] COPY . .', 'builder', 'cached'), step('[builder 3/3] RUN go build', 'builder', 'run', 12.34), step('[stage-1 2/2] COPY --from=builder /out /out', 'stage-1', 'run', 0.3)],
  });
  it('numbers vertices like BuildKit and prints CACHED or DONE with a time', () => {
    expect(log).toContain('#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: 120B done\n#1 DONE 0.0s');
    expect(log).toMatch(/#(\d+) \[builder 2\/3\] COPY \. \.\n#\1 CACHED/);
    expect(log).toMatch(/#(\d+) \[builder 3\/3\] RUN go build\n#\1 DONE 12\.3s/);
  });
  it('qualifies Docker Hub images and leaves registry images alone', () => {
    expect(log).toContain('load metadata for docker.io/library/golang:1.22-alpine');
    expect(log).toContain('load metadata for gcr.io/distroless/static-debian12:latest');
    expect(log).toContain('#5 [builder 1/3] FROM docker.io/library/golang:1.22-alpine');
    expect(log).toContain('transferring context: 2.40kB done');
  });
});

describe('lane packing', () => {
  it('puts overlapping stages on separate lanes and reuses a lane once it is free', () => {
    const placed = packLanes([
      { ...stage('base', 0, 'golang'), start: 0, end: 5 },
      { ...stage('a', 1, 'base', [0]), start: 5, end: 9 },
      { ...stage('b', 2, 'base', [0]), start: 5, end: 8 },
      { ...stage('final', 3, 'alpine', [1, 2]), start: 9, end: 10 },
    ]);
    expect(placed.map((s) => s.lane)).toEqual([0, 0, 1, 0]);
  });
  it('places a stage without steps where its base ends', () => {
    const views = placeStages(
      [{ index: 0, name: 'base', base: 'golang', deps: [], used: true }, { index: 1, name: 'alias', base: 'base', deps: [0], used: true }],
      { stages: new Map([[0, { start: 0, end: 4, critical: true }]]) },
    );
    expect(views[1]).toMatchObject({ start: 4, end: 4, critical: false });
  });
});
