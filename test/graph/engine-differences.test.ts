import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINES, getEngine } from '../../src/core/engines/index.ts';
import type { EngineId } from '../../src/core/engines/index.ts';
import { buildStepGraph, printedStepNames } from '../../src/core/graph/index.ts';
import type { StepGraph } from '../../src/core/graph/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';

const graphOf = (text: string, engine: EngineId, buildArgs: Record<string, string> = {}): StepGraph =>
  buildStepGraph(toStages(parseDockerfile(text), { engine, buildArgs }));
const names = (text: string, engine: EngineId): string[] => printedStepNames(graphOf(text, engine));

describe('engine differences live in the profiles', () => {
  it('defaults to the modern engine', () => {
    expect(getEngine().id).toBe('modern');
    expect(toStages(parseDockerfile('FROM alpine\n')).engine).toBe('modern');
  });

  it('single-state rule: a from-less bind/secret mount keeps `stage-0` only on modern', () => {
    const text = 'FROM alpine\nRUN --mount=type=bind,source=a,target=/a cat /a\n';
    expect(names(text, 'v0.8')).toEqual(['[2/2] RUN --mount=type=bind,source=a,target=/a cat /a']);
    expect(names(text, 'modern')).toEqual(['[stage-0 2/2] RUN --mount=type=bind,source=a,target=/a cat /a']);
  });

  it('single-state rule: a cache mount or COPY --from=<image> keeps `stage-0` on both', () => {
    for (const engine of ['v0.8', 'modern'] as const) {
      expect(names('FROM alpine\nRUN --mount=type=cache,target=/c true\n', engine)[0]).toMatch(/^\[stage-0 2\/2\]/);
      expect(names('FROM alpine\nCOPY --from=busybox /bin/sh /sh\n', engine)[0]).toMatch(/^\[stage-0 2\/2\]/);
    }
  });

  it('sameVertex: both engines merge identical ops; modern names them deterministically, v0.8 at random', () => {
    const text = 'FROM alpine AS a\nRUN apk add git\nFROM alpine AS b\nRUN apk add git\nFROM alpine\nCOPY --from=a /a /a\nCOPY --from=b /b /b\n';
    for (const engine of ['v0.8', 'modern'] as const) {
      const graph = graphOf(text, engine);
      const merged = graph.vertices.find((v) => v.names.includes('[a 2/2] RUN apk add git'));
      expect(merged?.names).toEqual(['[a 2/2] RUN apk add git', '[b 2/2] RUN apk add git']);
      expect(merged?.name).toBe('[b 2/2] RUN apk add git');
      expect(merged?.nameIsRandom).toBe(engine === 'v0.8');
      expect(graph.sameVertex).toContainEqual(['[a 2/2] RUN apk add git', '[b 2/2] RUN apk add git']);
    }
  });

  it('ops differing in env, user or workdir are not merged', () => {
    const text = 'FROM alpine AS a\nENV X=1\nRUN apk add git\nFROM alpine AS b\nRUN apk add git\nFROM alpine\nCOPY --from=a /a /a\nCOPY --from=b /b /b\n';
    expect(names(text, 'modern')).toContain('[a 2/2] RUN apk add git');
    expect(names(text, 'modern')).toContain('[b 2/2] RUN apk add git');
  });

  it('ONBUILD triggers: v0.8 leaves them out of the total, modern counts them and prefixes ONBUILD', () => {
    const text = 'FROM alpine AS base\nONBUILD RUN echo hi\nFROM base\nRUN echo after\n';
    expect(names(text, 'v0.8')).toEqual(['[stage-1 1/1] RUN echo hi', '[stage-1 2/1] RUN echo after']);
    expect(names(text, 'modern')).toEqual(['[stage-1 1/2] ONBUILD RUN echo hi', '[stage-1 2/2] RUN echo after']);
  });

  it('cache mount permissions: the internal vertex is "settings" on v0.8, "setting" on modern', () => {
    const text = 'FROM alpine\nRUN --mount=type=cache,target=/c,uid=1000 true\n';
    expect(graphOf(text, 'v0.8').steps.find((s) => s.kind === 'internal')?.name).toBe('[internal] settings cache mount permissions');
    expect(graphOf(text, 'modern').steps.find((s) => s.kind === 'internal')?.name).toBe('[internal] setting cache mount permissions');
  });

  it('WORKDIR: modern cleans an absolute path, v0.8 keeps it as written (the printed name is the same)', () => {
    const text = 'FROM alpine\nWORKDIR /app/./x/\n';
    for (const [engine, path] of [['v0.8', '/app/./x/'], ['modern', '/app/x']] as const) {
      const step = graphOf(text, engine).steps.find((s) => s.kind === 'workdir');
      expect(step?.op).toMatchObject({ kind: 'mkdir', path });
      expect(step?.name).toBe('[2/2] WORKDIR /app/./x/');
    }
  });

  it('ADD <url>: the HTTP source vertex is named by its URL on v0.8 and like the ADD step on modern', () => {
    const text = 'FROM alpine\nADD https://example.com/a.txt /a.txt\n';
    expect(graphOf(text, 'v0.8').steps.find((s) => s.kind === 'http')?.name).toBe('https://example.com/a.txt');
    expect(graphOf(text, 'modern').steps.find((s) => s.kind === 'http')?.name).toBe('[2/2] ADD https://example.com/a.txt /a.txt');
  });

  it('proxy build args: ALL_PROXY reaches RUN only on modern', () => {
    const text = 'FROM alpine\nRUN true\n';
    const proxy = (engine: EngineId) => {
      const op = graphOf(text, engine, { ALL_PROXY: 'socks5://p', http_proxy: 'http://p' }).steps.find((s) => s.kind === 'run')?.op;
      return op?.kind === 'exec' ? op.proxyEnv : undefined;
    };
    expect(proxy('v0.8')).toEqual({ HTTP_PROXY: 'http://p' });
    expect(proxy('modern')).toEqual({ ALL_PROXY: 'socks5://p', HTTP_PROXY: 'http://p' });
  });

  it('RUN names mask secret env= variables on modern', () => {
    const text = 'FROM alpine\nARG TOKEN=abc\nRUN --mount=type=secret,id=t,env=TOKEN echo $TOKEN\n';
    expect(names(text, 'modern')).toEqual(['[stage-0 2/2] RUN --mount=type=secret,id=t,env=TOKEN echo ****']);
  });

  it('stages and graph never branch on the engine id (differences are profile data)', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const src = new URL('../../src/core/', import.meta.url).pathname;
    for (const file of [...files(join(src, 'instructions')), ...files(join(src, 'graph'))]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"](v0\.8|modern)['"]/);
    }
    expect(Object.keys(ENGINES)).toEqual(['v0.8', 'modern']);
  });
});
