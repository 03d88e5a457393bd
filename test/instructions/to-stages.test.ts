import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStepGraph } from '../../src/core/graph/index.ts';
import { normalizeReference, toStages } from '../../src/core/instructions/index.ts';
import type { EngineId } from '../../src/core/engines/index.ts';
import type { ToStagesOptions } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';

const stagesOf = (text: string, options: ToStagesOptions = {}) => toStages(parseDockerfile(text), options);
const errorsOf = (text: string, options: ToStagesOptions = {}) => stagesOf(text, options).problems.filter((p) => p.severity === 'error').map((p) => p.message);
const envOf = (text: string, options: ToStagesOptions = {}, stage = 0) =>
  (stagesOf(text, options).stages[stage]?.final.env ?? []).filter((e) => e.key !== 'PATH').map((e) => `${e.key}=${e.value}`);

describe('toStages: stages and references', () => {
  it('lower-cases stage names, keeps the base name as expanded, and records FROM --platform', () => {
    const r = stagesOf('ARG V=3.20\nFROM --platform=$BUILDPLATFORM alpine:${V} AS Build\n');
    expect(r.stages[0]).toMatchObject({ name: 'build', baseName: 'alpine:3.20', baseNameRaw: 'alpine:${V}', platform: 'linux/amd64' });
  });
  it('rejects an invalid stage name and a FROM with two words, with BuildKit\'s messages', () => {
    expect(errorsOf('FROM alpine AS 1st\n')[0]).toBe('invalid name for build stage: "1st", name can\'t start with a number or contain symbols');
    expect(errorsOf('FROM alpine foo\n')).toEqual(['FROM requires either one or three arguments']);
  });
  it('rejects instructions before the first FROM other than ARG', () => {
    expect(errorsOf('ENV A=1\nFROM alpine\n')).toEqual(['no build stage in current context']);
  });
  it('links FROM <stage> only to an earlier stage with that exact (lower-case) name', () => {
    const r = stagesOf('FROM alpine AS base\nFROM base\nFROM later\nFROM alpine AS later\n');
    expect(r.stages.map((s) => s.base.kind)).toEqual(['image', 'stage', 'image', 'image']);
  });
  it('resolves COPY --from by name (any case), by index, or as an unregistered image state', () => {
    const r = stagesOf('FROM alpine AS a\nFROM alpine\nCOPY --from=A /x /x\nCOPY --from=0 /y /y\nCOPY --from=nginx:1 /z /z\n');
    expect(r.stages[1]?.dependencies.map((d) => d.state)).toEqual([0, 0, 2]);
    expect(r.states[2]).toEqual({ kind: 'unregistered', baseName: 'nginx:1', ref: { kind: 'image', ref: 'nginx:1' } });
  });
  it('reports an out-of-range stage index and a circular dependency', () => {
    expect(errorsOf('FROM alpine\nCOPY --from=3 /x /x\n')).toEqual(['invalid stage index 3']);
    expect(errorsOf('FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=a /y /y\n', { engine: 'v0.8' })).toEqual(['circular dependency detected on stage: a']);
  });
  it('selects the target case-insensitively and prunes stages it does not reach', () => {
    const r = stagesOf('FROM alpine AS a\nFROM alpine AS b\nFROM a AS c\nFROM alpine\n', { target: 'C' });
    expect(r.target).toBe(2);
    expect(r.stages.map((s) => s.reachable)).toEqual([true, false, true, false]);
    expect(errorsOf('FROM alpine AS a\n', { target: 'nope' })).toEqual(['target stage "nope" could not be found']);
    expect(errorsOf('FROM alpine AS a\n', { target: 'nope', engine: 'v0.8' })).toEqual(['target stage nope could not be found']);
  });
  it('drops the stage name when there is a single dispatch state', () => {
    expect(stagesOf('FROM alpine AS only\nRUN true\n').stages[0]?.displayName).toBe('');
    expect(stagesOf('FROM alpine\nCOPY --from=busybox /bin/sh /sh\n').stages[0]?.displayName).toBe('stage-0');
  });
  it('gives every instruction the 0-based range of its node', () => {
    const r = stagesOf('FROM alpine\n\nRUN echo \\\n  two\n');
    const run = r.stages[0]?.commands[0]?.instruction;
    expect(run?.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 3, character: 5 } });
    expect(r.stages[0]?.from.range.start.line).toBe(0);
  });
});

describe('toStages: meta args, ARG and ENV scoping', () => {
  it('expands FROM with meta args, a build arg overriding the default', () => {
    const text = 'ARG TAG=3.19\nARG IMG=alpine:${TAG}\nFROM $IMG\n';
    expect(stagesOf(text).stages[0]?.baseName).toBe('alpine:3.19');
    expect(stagesOf(text, { buildArgs: { TAG: '3.20' } }).stages[0]?.baseName).toBe('alpine:3.20');
  });
  it('keeps meta args out of a stage until ARG re-declares them', () => {
    expect(envOf('ARG V=1\nFROM alpine\nRUN x\n')).toEqual([]);
    expect(envOf('ARG V=1\nFROM alpine\nARG V\nRUN x\n')).toEqual(['V=1']);
  });
  it('gives ARG TARGETARCH (and the other platform args) their linux/amd64 values', () => {
    expect(envOf('FROM alpine\nARG TARGETARCH\nARG BUILDPLATFORM\nARG TARGETVARIANT\n')).toEqual(['TARGETARCH=amd64', 'BUILDPLATFORM=linux/amd64', 'TARGETVARIANT=']);
  });
  it('adds TARGETSTAGE only on the modern engine', () => {
    expect(envOf('FROM alpine AS b\nARG TARGETSTAGE\n')).toEqual(['TARGETSTAGE=b']);
    expect(envOf('FROM alpine AS b\nARG TARGETSTAGE\n', { engine: 'v0.8' })).toEqual([]);
  });
  it('moves a re-set name to the end of the environment (AddOrReplace)', () => {
    expect(envOf('FROM alpine\nENV A=1 B=2\nARG A=3\n')).toEqual(['B=2', 'A=3']);
  });
  it('lets a build arg win over an ARG default, and ignores build args never declared', () => {
    expect(envOf('FROM alpine\nARG V=dev\n', { buildArgs: { V: '1.0', OTHER: 'x' } })).toEqual(['V=1.0']);
  });
  it('inherits env and ARGs through FROM <stage>', () => {
    expect(envOf('FROM alpine AS a\nARG V=1\nENV E=2\nFROM a\nRUN x\n', {}, 1)).toEqual(['V=1', 'E=2']);
  });
  it('expands ENV, WORKDIR, USER, COPY sources/dest/--chown but not RUN or COPY --from', () => {
    const r = stagesOf('FROM alpine\nENV D=/opt U=app\nWORKDIR $D\nUSER ${U}\nCOPY --from=$U --chown=$U $D/a ${D}/\nRUN echo $D\n', { engine: 'v0.8' });
    const [, workdir, user, copy, run] = r.stages[0]?.commands.map((c) => c.instruction) ?? [];
    expect(workdir).toMatchObject({ path: '/opt' });
    expect(user).toMatchObject({ user: 'app' });
    expect(copy).toMatchObject({ from: '$U', chown: 'app', sources: ['/opt/a'], dest: '/opt/' });
    expect(run).toMatchObject({ cmdLine: ['echo $D'] });
  });
  it('expands COPY --chmod only where Dockerfile 1.10+ does', () => {
    const text = 'FROM alpine\nARG M=0755\nCOPY --chmod=$M a /a\n';
    expect(stagesOf(text).stages[0]?.commands[1]?.instruction).toMatchObject({ chmod: '0755' });
    expect(stagesOf(text, { engine: 'v0.8' }).stages[0]?.commands[1]?.instruction).toMatchObject({ chmod: '$M' });
  });
  it('uses a known base image config for env, workdir and user', () => {
    const r = stagesOf('FROM golang:1.22\nWORKDIR app\n', { imageConfig: (ref) => (ref === 'docker.io/library/golang:1.22' ? { env: ['GOPATH=/go'], workingDir: '/go', user: 'gopher' } : undefined) });
    expect(r.stages[0]?.final).toMatchObject({ workdir: '/go/app', user: 'gopher' });
    expect(r.stages[0]?.final.env.map((e) => e.key)).toEqual(['GOPATH', 'PATH']);
    expect(r.stages[0]?.imageConfigKnown).toBe(true);
  });
});

describe('toStages: flags and mounts', () => {
  it('parses every RUN --mount key with BuildKit\'s defaults', () => {
    const run = stagesOf('FROM alpine\nRUN --mount=type=cache,target=/c --mount=type=bind,src=a,dst=/a --mount=type=secret,id=s,required --mount=type=tmpfs,destination=/t x\n').stages[0]?.commands[0]?.instruction;
    expect(run?.kind === 'run' ? run.mounts.map((m) => [m.type, m.source, m.target, m.readOnly, m.required]) : []).toEqual([
      ['cache', undefined, '/c', false, false],
      ['bind', 'a', '/a', true, false],
      ['secret', undefined, undefined, true, true],
      ['tmpfs', undefined, '/t', false, false],
    ]);
  });
  it('reports BuildKit\'s mount errors', () => {
    expect(errorsOf('FROM alpine\nRUN --mount=type=bind,mode=0700,target=/x x\n')).toEqual(['mode not allowed for "bind" type mounts']);
    expect(errorsOf('FROM alpine\nRUN --mount=type=secret x\n')).toEqual(['invalid secret mount. one of source, target required']);
    expect(errorsOf('FROM alpine\nRUN --mount=type=nfs,target=/x x\n')).toEqual(['unsupported mount type "nfs"']);
    expect(errorsOf('FROM alpine\nRUN --mount=type=cache,target=/x,sharing=maybe x\n')).toEqual(['unsupported sharing value "maybe"']);
  });
  it('reports duplicate and value-less flags in each engine\'s wording', () => {
    expect(errorsOf('FROM alpine\nCOPY --from=a --from=b x y\n')).toEqual(['duplicate flag specified: --from']);
    expect(errorsOf('FROM alpine\nCOPY --from x y\n', { engine: 'v0.8' })).toEqual(['Missing a value on flag: from']);
  });
  it('reads COPY --link/--exclude and ADD --checksum/--unpack on the modern engine', () => {
    const [copy, add] = stagesOf('FROM alpine\nCOPY --link --exclude=*.md --exclude=.git . /src\nADD --checksum=sha256:00 --unpack=false https://x/y.tar /y\n').stages[0]?.commands.map((c) => c.instruction) ?? [];
    expect(copy).toMatchObject({ link: true, excludes: ['*.md', '.git'] });
    expect(add).toMatchObject({ checksum: 'sha256:00', unpack: false });
  });
  it('reports an unknown instruction', () => {
    expect(errorsOf('FROM alpine\nFETCH x\n')).toEqual(['unknown instruction: FETCH']);
  });
});

describe('normalizeReference', () => {
  it('adds docker.io/library and :latest like BuildKit prints FROM', () => {
    expect(normalizeReference('alpine').ok && normalizeReference('alpine')).toEqual({ ok: true, ref: 'docker.io/library/alpine:latest' });
    expect(normalizeReference('user/app:1')).toEqual({ ok: true, ref: 'docker.io/user/app:1' });
    expect(normalizeReference('ghcr.io/o/r:2')).toEqual({ ok: true, ref: 'ghcr.io/o/r:2' });
    expect(normalizeReference('localhost:5000/x')).toEqual({ ok: true, ref: 'localhost:5000/x:latest' });
    expect(normalizeReference('Alpine').ok).toBe(false);
  });
});

describe('never throws', () => {
  it('handles arbitrary Dockerfile-like text on both engines', () => {
    const words = fc.constantFrom('FROM', 'RUN', 'COPY', 'ARG', 'ENV', 'WORKDIR', 'AS', '--from=0', '--mount=type=cache,target=/x', '$X', '${X:-y}', '"', "'", '\\', '<<EOF', 'EOF', 'a', '/b', '=', 'scratch', 'ONBUILD');
    const line = fc.array(words, { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom<EngineId>('v0.8', 'modern'), (lines, engine) => {
      const stages = toStages(parseDockerfile(lines.join('\n')), { engine });
      buildStepGraph(stages);
    }), { numRuns: 300 });
  });
});
