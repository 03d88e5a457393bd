import { describe, expect, it } from 'vitest';
import { build, sim, verdicts } from './helpers.ts';

// One test per engine difference the simulator reads from the profiles in src/core/engines.
describe('engine differences', () => {
  it('single-stage naming: a bind mount without from= keeps the stage-0 prefix only on modern', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=bind,source=a,target=/a cat /a > /b\n', a: 'x' };
    expect(Object.keys(verdicts(build(sim('v0.8'), files)))).toEqual(['[2/2] RUN --mount=type=bind,source=a,target=/a cat /a > /b']);
    expect(Object.keys(verdicts(build(sim('modern'), files)))).toEqual(['[stage-0 2/2] RUN --mount=type=bind,source=a,target=/a cat /a > /b']);
  });
  it('a custom cache-mount id is part of the RUN key on v0.8 only', () => {
    const df = (id: string) => ({ Dockerfile: `FROM alpine:3.20\nRUN --mount=type=cache,target=/c,id=${id} echo x > /x\n` });
    for (const [engine, expected] of [['v0.8', 'run'], ['modern', 'cached']] as const) {
      const s = sim(engine);
      build(s, df('one'));
      expect(build(s, df('two')).steps[0]!.verdict).toBe(expected);
    }
  });
  it('a chown-only change in a source stage busts COPY --from on modern only (uid/gid hashed)', () => {
    const df = (owner: string) => ({ Dockerfile: `FROM alpine:3.20 AS g\nRUN echo p > /p && chown ${owner} /p\nFROM alpine:3.20\nCOPY --from=g /p /p\n` });
    for (const [engine, expected] of [['v0.8', 'cached'], ['modern', 'run']] as const) {
      const s = sim(engine);
      build(s, df('0:0'));
      expect(verdicts(build(s, df('1000:1000')))['[stage-1 2/2] COPY --from=g /p /p']).toBe(expected);
    }
  });
  it('COPY --link / --exclude and RUN --network are unknown flags on v0.8', () => {
    for (const df of ['FROM alpine:3.20\nCOPY --link a /a\n', 'FROM alpine:3.20\nCOPY --exclude=*.md . /\n', 'FROM alpine:3.20\nRUN --network=none true\n']) {
      expect(build(sim('v0.8'), { Dockerfile: df, a: 'a' }).errors.length).toBeGreaterThan(0);
      expect(build(sim('modern'), { Dockerfile: df, a: 'a' }).errors).toEqual([]);
    }
  });
  it('ONBUILD triggers of a base stage: unprefixed and uncounted on v0.8, "ONBUILD " and counted on modern', () => {
    const files = { Dockerfile: 'FROM alpine:3.20 AS base\nONBUILD RUN echo t > /t\nFROM base AS child\nRUN echo c > /c\n' };
    expect(Object.keys(verdicts(build(sim('v0.8'), files)))).toEqual(['[child 1/1] RUN echo t > /t', '[child 2/1] RUN echo c > /c']);
    expect(Object.keys(verdicts(build(sim('modern'), files)))).toEqual(['[child 1/2] ONBUILD RUN echo t > /t', '[child 2/2] RUN echo c > /c']);
  });
  it('COPY --from a later stage: v0.8 copies from its base image, modern rejects it', () => {
    const files = { Dockerfile: 'FROM alpine:3.20 AS app\nCOPY --from=gen /etc/x /x\nFROM alpine:3.20 AS gen\nRUN echo g > /etc/x\n' };
    expect(Object.keys(verdicts(build(sim('v0.8'), files, { target: 'app' })))).toEqual(['[app 2/2] COPY --from=gen /etc/x /x']);
    expect(build(sim('modern'), files, { target: 'app' }).errors.length).toBeGreaterThan(0);
  });
  it('SOURCE_DATE_EPOCH changes WORKDIR keys on modern only', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nWORKDIR /app\n' };
    for (const [engine, expected] of [['v0.8', 'cached'], ['modern', 'run']] as const) {
      const s = sim(engine);
      build(s, files);
      expect(build(s, files, { buildArgs: { SOURCE_DATE_EPOCH: '1700000000' } }).steps[0]!.verdict).toBe(expected);
    }
  });
  it('a symbolic --chmod is one key per spelling on modern; v0.8 ignores what it cannot parse', () => {
    const df = (mode: string) => ({ Dockerfile: `FROM alpine:3.20\nCOPY --chmod=${mode} a /a\n`, a: 'x' });
    const old = sim('v0.8');
    build(old, df('u+x'));
    expect(build(old, df('a+x')).steps[0]!.verdict).toBe('cached');
    const modern = sim('modern');
    build(modern, df('u+x'));
    expect(build(modern, df('a+x')).steps[0]!.verdict).toBe('run');
  });
  it('heredocs are parsed on modern and rejected on v0.8', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nRUN <<EOF\necho one > /one\necho two > /two\nEOF\n' };
    expect(build(sim('v0.8'), files).errors.length).toBeGreaterThan(0);
    expect(Object.keys(verdicts(build(sim('modern'), files)))).toEqual(['[2/2] RUN <<EOF (echo one > /one...)']);
  });
  it('a directory whose files are all excluded is still sent by v0.8 (an empty wildcard match), not by modern (lstat error)', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nCOPY config/*.yaml /etc/\n', '.dockerignore': 'config/*\n', 'config/a.yaml': 'a' };
    expect(build(sim('v0.8'), files).errors).toEqual([]);
    expect(build(sim('modern'), files).errors.length).toBe(1);
    const whole = { ...files, '.dockerignore': 'config/\n' };
    expect(build(sim('v0.8'), whole).errors.length).toBe(1);
  });
});
