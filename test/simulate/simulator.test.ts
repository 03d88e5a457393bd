import { describe, expect, it } from 'vitest';
import { renderCauses } from '../../src/core/simulate/render.ts';
import { GO_APP, build, sim, verdicts } from './helpers.ts';

describe('simulator', () => {
  it('runs everything on the first build and explains it', () => {
    const r = build(sim(), GO_APP);
    expect(Object.values(verdicts(r)).every((v) => v === 'run')).toBe(true);
    expect(r.steps[0]!.causes).toEqual([{ kind: 'first-build' }]);
  });
  it('a main.go edit re-runs COPY . . and below, keeps the dependency layer, and says why', () => {
    const s = sim();
    build(s, GO_APP);
    const r = build(s, { ...GO_APP, 'main.go': 'package main\n\nfunc main() { println(1) }\n' });
    expect(verdicts(r)).toEqual({
      '[builder 2/6] WORKDIR /app': 'cached',
      '[builder 3/6] COPY go.mod go.sum ./': 'cached',
      '[builder 4/6] RUN go mod download': 'cached',
      '[builder 5/6] COPY . .': 'run',
      '[builder 6/6] RUN CGO_ENABLED=0 go build -o /app/main -ldflags "-s -w" .': 'run',
      '[stage-1 2/2] COPY --from=builder /app/main /main': 'run',
    });
    const copy = r.steps.find((x) => x.name === '[builder 5/6] COPY . .')!;
    expect(copy.causes).toEqual([{ kind: 'files-changed', instruction: 'COPY . .', changes: [{ path: 'main.go', change: 'modified' }] }]);
    expect(renderCauses(copy.causes)).toBe('main.go modified and `COPY . .` reads it.');
    expect(r.steps.find((x) => x.name.includes('go build'))!.causes[0]!.kind).toBe('previous-step-ran');
  });
  it('a README edit re-runs the build but the byte-identical binary keeps COPY --from cached', () => {
    const s = sim();
    build(s, GO_APP);
    const r = build(s, { ...GO_APP, 'README.md': '# app v2\n' });
    const from = r.steps.find((x) => x.name.startsWith('[stage-1 2/2]'))!;
    expect(from.verdict).toBe('cached');
    expect(from.causes[0]!.kind).toBe('identical-output');
    expect(renderCauses(from.causes)).toContain('byte-identical');
  });
  it('an edit of a .dockerignore-d file changes nothing', () => {
    const s = sim();
    build(s, GO_APP);
    const r = build(s, { ...GO_APP, 'docs/guide.md': 'changed\n' });
    expect(Object.values(verdicts(r)).every((v) => v === 'cached')).toBe(true);
  });
  it('a build arg that reaches a RUN re-runs it and names the old and new value', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nARG VERSION=1.1\nRUN echo $VERSION > /v\n' };
    const s = sim();
    build(s, files);
    const r = build(s, files, { buildArgs: { VERSION: '1.2' } });
    expect(r.steps[0]!.verdict).toBe('run');
    expect(renderCauses(r.steps[0]!.causes)).toBe('Build arg VERSION changed from 1.1 to 1.2.');
  });
  it('the instruction text changing is named', () => {
    const s = sim();
    build(s, { Dockerfile: 'FROM alpine:3.20\nRUN echo a > /a\n' });
    const r = build(s, { Dockerfile: 'FROM alpine:3.20\nRUN echo b > /a\n' });
    expect(r.steps[0]!.causes[0]).toEqual({ kind: 'instruction-changed', before: 'RUN echo a > /a', after: 'RUN echo b > /a' });
  });
  it('--no-cache re-runs RUN and COPY but not a WORKDIR right on the base; the next build is cached again', () => {
    const s = sim();
    build(s, GO_APP);
    const r = build(s, GO_APP, { noCache: true });
    expect(verdicts(r)['[builder 2/6] WORKDIR /app']).toBe('cached');
    expect(verdicts(r)['[builder 3/6] COPY go.mod go.sum ./']).toBe('run');
    expect(r.steps.find((x) => x.name.includes('COPY go.mod'))!.causes).toEqual([{ kind: 'no-cache' }]);
    expect(Object.values(verdicts(build(s, GO_APP))).every((v) => v === 'cached')).toBe(true);
  });
  it('identical steps of two stages are one vertex printed once', () => {
    const df = 'FROM alpine:3.20 AS a\nRUN echo x > /x\nFROM alpine:3.20 AS b\nRUN echo x > /x\nFROM alpine:3.20\nCOPY --from=a /x /a\nCOPY --from=b /x /b\n';
    const r = build(sim(), { Dockerfile: df });
    const shared = r.steps.filter((x) => x.names.length === 2);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.name).toBe('[b 2/2] RUN echo x > /x');
  });
  it('a stage the target does not need is not printed', () => {
    const df = 'FROM alpine:3.20 AS unused\nRUN echo u > /u\nFROM alpine:3.20\nRUN echo t > /t\n';
    expect(Object.keys(verdicts(build(sim(), { Dockerfile: df })))).toEqual(['[stage-1 2/2] RUN echo t > /t']);
  });
  it('a secret value never reaches the key', () => {
    const s = sim();
    const files = { Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=secret,id=t cat /run/secrets/t > /n\n' };
    build(s, files);
    expect(build(s, files).steps[0]!.verdict).toBe('cached');
  });
  it('an unknown command output changes every run, so a COPY --from of it re-runs when the stage re-runs', () => {
    const df = 'FROM alpine:3.20 AS gen\nCOPY a.txt /a.txt\nRUN make-something > /out\nFROM alpine:3.20\nCOPY --from=gen /out /out\n';
    const s = sim();
    build(s, { Dockerfile: df, 'a.txt': '1' });
    const r = build(s, { Dockerfile: df, 'a.txt': '2' });
    const from = r.steps.find((x) => x.name.includes('COPY --from'))!;
    expect(from.verdict).toBe('run');
    expect(renderCauses(from.causes)).toContain('change every time it runs');
  });
  it('reports a build error for a missing COPY source', () => {
    const r = build(sim(), { Dockerfile: 'FROM alpine:3.20\nCOPY nope.txt /\n' });
    expect(r.errors.length).toBe(1);
  });
  it('v0.8 rejects flags it does not know, modern accepts them', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nRUN --network=none echo hi\n' };
    expect(build(sim('v0.8'), files).errors.length).toBeGreaterThan(0);
    expect(build(sim('modern'), files).errors).toEqual([]);
  });
  it('predicts a failing build: a command that surely fails, no Go files, a shell-form RUN on distroless', () => {
    expect(build(sim(), { Dockerfile: 'FROM alpine:3.20\nRUN echo a > /a && false\n' }).errors.length).toBe(1);
    expect(build(sim(), { Dockerfile: 'FROM alpine:3.20\nRUN false || true\n' }).errors).toEqual([]);
    expect(build(sim(), { Dockerfile: 'FROM golang:1.22-alpine\nWORKDIR /app\nCOPY go.mod ./\nRUN go build ./...\n', 'go.mod': 'module m\n' }).errors.length).toBe(1);
    expect(build(sim(), { Dockerfile: 'FROM gcr.io/distroless/static-debian12\nRUN echo hi\n' }).errors.length).toBe(1);
  });
  it('steps after a failed step do not run, and a fixed build reuses what ran before the failure', () => {
    const s = sim();
    const broken = build(s, { Dockerfile: 'FROM alpine:3.20\nCOPY a /a\nRUN exit 3\nRUN echo after > /b\n', a: 'x' });
    expect(broken.errors.length).toBe(1);
    const fixed = build(s, { Dockerfile: 'FROM alpine:3.20\nCOPY a /a\nRUN exit 0\nRUN echo after > /b\n', a: 'x' });
    expect(verdicts(fixed)['[2/4] COPY a /a']).toBe('cached');
    expect(fixed.errors).toEqual([]);
  });
});

describe('explanations of context changes', () => {
  it('tells a mode-only change from a content change', () => {
    const s = sim();
    const df = 'FROM alpine:3.20\nCOPY run.sh /run.sh\n';
    s.build({ dockerfile: df, context: new Map([['run.sh', { kind: 'file', path: 'run.sh', content: 'x', mode: 0o644 }]]) });
    const r = s.build({ dockerfile: df, context: new Map([['run.sh', { kind: 'file', path: 'run.sh', content: 'x', mode: 0o755 }]]) });
    expect(r.steps[0]!.causes).toEqual([{ kind: 'files-changed', instruction: 'COPY run.sh /run.sh', changes: [{ path: 'run.sh', change: 'mode' }] }]);
  });
});

describe('base image config', () => {
  it('a golang stage without WORKDIR builds in /go (the image WorkingDir), so COPY --from /go/app follows source edits', () => {
    const df = 'FROM golang:1.22-alpine\nCOPY . .\nRUN go build -o app .\nFROM alpine:3.20\nCOPY --from=0 /go/app /app\n';
    const files = { Dockerfile: df, 'go.mod': 'module example.com/app\n', 'main.go': 'package main\n' };
    const s = sim();
    build(s, files);
    const r = build(s, { ...files, 'main.go': 'package main\n// v2\n' });
    expect(verdicts(r)['[stage-1 2/2] COPY --from=0 /go/app /app']).toBe('run');
  });
});

describe('cause chains', () => {
  it('lead from a step back to the edit that started it', async () => {
    const { causeChain } = await import('../../src/core/simulate/chain.ts');
    const s = sim();
    build(s, GO_APP);
    const r = build(s, { ...GO_APP, 'main.go': 'package main\n\nfunc main() { println(2) }\n' });
    const chain = causeChain(r, '[builder 6/6] RUN CGO_ENABLED=0 go build -o /app/main -ldflags "-s -w" .');
    expect(chain.map((l) => l.step)).toEqual(['[builder 6/6] RUN CGO_ENABLED=0 go build -o /app/main -ldflags "-s -w" .', '[builder 5/6] COPY . .']);
    expect(chain[1]!.causes[0]!.kind).toBe('files-changed');
  });
});

describe('secrets', () => {
  it('a required secret that is not given fails the step when it runs; an optional one does not', () => {
    const req = { Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=secret,id=t,required=true cat /run/secrets/t > /n\n' };
    expect(sim().build({ dockerfile: req.Dockerfile, context: new Map(), secrets: {} }).errors.length).toBe(1);
    expect(sim().build({ dockerfile: req.Dockerfile, context: new Map(), secrets: { t: 'x' } }).errors).toEqual([]);
    const opt = 'FROM alpine:3.20\nRUN --mount=type=secret,id=t cat /run/secrets/t > /n || true\n';
    expect(sim().build({ dockerfile: opt, context: new Map(), secrets: {} }).errors).toEqual([]);
  });
});
