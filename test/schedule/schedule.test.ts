import { describe, expect, it } from 'vitest';
import { estimateBuild, estimateImageSize, scheduleBuild, baseImageSize } from '../../src/core/schedule/index.ts';
import { build, sim } from '../simulate/helpers.ts';

const MONO = {
  Dockerfile: [
    'FROM golang:1.22-alpine AS base',
    'WORKDIR /src',
    'COPY go.mod ./',
    'RUN go mod download',
    'FROM base AS a',
    'COPY a/ a/',
    'RUN go build -o /out/a ./a',
    'FROM base AS b',
    'COPY b/ b/',
    'RUN go build -ldflags "-s -w" -o /out/b ./b',
    'FROM alpine:3.20',
    'COPY --from=a /out/a /a',
    'COPY --from=b /out/b /b',
    '',
  ].join('\n'),
  'go.mod': 'module example.com/m\n',
  'a/main.go': 'package main\n',
  'b/main.go': 'package main\n',
};

describe('schedule', () => {
  it('puts independent stages in parallel lanes and marks one critical path through the final stage', () => {
    const s = scheduleBuild(build(sim(), MONO), 'cold');
    expect(s.lanes.map((l) => l.name)).toEqual(['base', 'a', 'b', 'stage-3']);
    const a = s.lanes[1]!.steps[0]!;
    const b = s.lanes[2]!.steps[0]!;
    expect(a.start).toBe(b.start);
    expect(s.criticalPath[s.criticalPath.length - 1]).toBe('[stage-3 3/3] COPY --from=b /out/b /b');
    expect(s.criticalPath[0]).toBe('[base 2/4] WORKDIR /src');
    expect(s.total.kind).toBe('estimate');
    expect(s.total.assumptions.length).toBeGreaterThan(0);
  });
  it('a rebuild after a one-service edit is estimated faster than a cold build', () => {
    const simulator = sim();
    build(simulator, MONO);
    const e = estimateBuild(build(simulator, { ...MONO, 'a/main.go': 'package main\n// v2\n' }));
    expect(e.rebuild.total.value).toBeLessThan(e.cold.total.value);
    expect(e.saved.value).toBeGreaterThan(0);
    const cachedSteps = e.rebuild.lanes.flatMap((l) => l.steps).filter((x) => x.verdict === 'cached');
    expect(cachedSteps.every((x) => x.duration.value < 0.1)).toBe(true);
  });
  it('estimates the final image from the base table plus binaries (-s -w smaller)', () => {
    const size = estimateImageSize(build(sim(), MONO));
    expect(size.parts.map((p) => p.mb)).toEqual([8, 12, 8.5]);
    expect(size.value).toBe(28.5);
    expect(size.unit).toBe('MB');
    expect(baseImageSize('gcr.io/distroless/static-debian12:latest').mb).toBe(2);
    expect(baseImageSize('docker.io/library/golang:1.22').mb).toBe(820);
  });
});
